package org.dhrqa.tracker.shared.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static assets under fixed paths. Deliberately no resource chain and no webjars locator:
 * with either, every link a page builds is run through resource resolution
 * (spring-framework#34014), which costs orders of magnitude in throughput on list pages.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final String govukFrontendVersion;

	WebConfiguration(@Value("${dhr.govuk-frontend-version}") String govukFrontendVersion) {
		this.govukFrontendVersion = govukFrontendVersion;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/" + this.govukFrontendVersion
				+ "/dist/govuk/";
		CacheControl cache = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
		registry.addResourceHandler("/assets/images/**")
			.addResourceLocations(dist + "assets/images/")
			.setCacheControl(cache);
		registry.addResourceHandler("/govuk/*.js").addResourceLocations(dist).setCacheControl(cache);
	}

	/**
	 * Outermost, before the session store and Spring Security, which may need the
	 * database too.
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(Messages messages) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorsInterceptor());
	}

}
