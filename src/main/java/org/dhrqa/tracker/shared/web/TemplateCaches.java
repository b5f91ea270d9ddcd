package org.dhrqa.tracker.shared.web;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Thymeleaf's caches sized for this app's templates. Its defaults keep 200 parsed
 * templates and 500 expressions (Thymeleaf's parsed form and Spring's compiled form of
 * each sharing them); the templates hold about 1,700 distinct expression attributes and
 * 430 fragment selections. With the defaults the caches evicted what a page needed a
 * moment later: under load on the review hub alone, its execution samples showed
 * expressions parsed again and Spring compiling them to bytecode again (decision 27). And
 * the pages' views write into a {@link PageBuffer} (decision 28).
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	/** Parsed templates and fragment selections: all of them, with room to spare. */
	static final int TEMPLATES = 2_000;

	/** Parsed expressions, Thymeleaf's and SpEL's: all of them, with room to spare. */
	static final int EXPRESSIONS = 10_000;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
					engine.setCacheManager(cacheManager());
				}
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(BufferedThymeleafView.class);
				}
				return bean;
			}
		};
	}

	static StandardCacheManager cacheManager() {
		StandardCacheManager caches = new StandardCacheManager();
		caches.setTemplateCacheMaxSize(TEMPLATES);
		caches.setExpressionCacheMaxSize(EXPRESSIONS);
		return caches;
	}

}
