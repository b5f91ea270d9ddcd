package org.dhrqa.tracker.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCachesTests {

	private static final Pattern ATTRIBUTE = Pattern.compile("th:[a-z-]+=\"([^\"]*)\"");

	private static final Pattern FRAGMENT = Pattern.compile("~\\{[^}]*}");

	@Test
	void everyExpressionAndFragmentOfTheTemplatesFitsWithRoomToSpare() throws IOException {
		Set<String> expressions = new HashSet<>();
		Set<String> fragments = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				Matcher attribute = ATTRIBUTE.matcher(html);
				while (attribute.find()) {
					expressions.add(attribute.group(1));
				}
				Matcher fragment = FRAGMENT.matcher(html);
				while (fragment.find()) {
					fragments.add(fragment.group());
				}
			}
		}
		assertThat(expressions).hasSizeGreaterThan(500);
		// each attribute is cached as Thymeleaf's expression and as Spring's, and may
		// hold several
		assertThat(expressions.size() * 4).isLessThan(TemplateCaches.EXPRESSIONS);
		assertThat(fragments.size() * 2).isLessThan(TemplateCaches.TEMPLATES);
	}

	@Test
	void anEngineNotYetUsedGetsTheLargerCaches() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		TemplateCaches.templateCacheSizes().postProcessBeforeInitialization(engine, "templateEngine");

		assertThat(((StandardCache<?, ?>) engine.getCacheManager().getExpressionCache()).getMaxSize())
			.isEqualTo(TemplateCaches.EXPRESSIONS);
		assertThat(((StandardCache<?, ?>) engine.getCacheManager().getTemplateCache()).getMaxSize())
			.isEqualTo(TemplateCaches.TEMPLATES);
	}

}
