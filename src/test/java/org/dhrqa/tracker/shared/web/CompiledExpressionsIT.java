package org.dhrqa.tracker.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.ICacheEntryValidityChecker;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The expressions the tables evaluate on every row compile to bytecode: Spring never
 * compiles one that holds a bean reference ({@code @fmt.date(...)}), so the formats are a
 * model variable (decision 27).
 */
@IntegrationTest
class CompiledExpressionsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	SpringTemplateEngine engine;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRowFormatOfTheRegisterHubItemsAndPlanCompiles() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		Long salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		this.mvc.perform(get("/reviews").with(demo.as(DemoUsers.SECRETARIAT))).andExpect(status().isOk());
		for (String page : List.of("/reviews/" + salome, "/reviews/" + salome + "/items",
				"/reviews/" + salome + "/action-plan")) {
			this.mvc.perform(get(page).with(demo.as(DemoUsers.KENT))).andExpect(status().isOk());
		}

		List<String> formats = new ArrayList<>();
		List<String> interpreted = new ArrayList<>();
		@SuppressWarnings("unchecked")
		ICache<Object, Object> cache = (ICache<Object, Object>) (ICache<?, ?>) this.engine.getCacheManager()
			.getExpressionCache();
		for (Object key : cache.keySet()) {
			SpelExpression spel = spelOf(cache.get(key, (ICacheEntryValidityChecker<Object, Object>) null));
			if (spel != null && spel.getExpressionString().contains("fmt.")) {
				formats.add(spel.getExpressionString());
				if (!spel.compileExpression()) {
					interpreted.add(spel.getExpressionString());
				}
			}
		}
		assertThat(formats).as("the pages format dates").anyMatch((e) -> e.endsWith("fmt.date(review.notifiedOn)"));
		assertThat(interpreted).as("format calls SpEL cannot compile").isEmpty();
	}

	/** Thymeleaf keeps each SpEL expression inside its own holder. */
	private static SpelExpression spelOf(Object value) throws IllegalAccessException {
		if (value instanceof SpelExpression spel) {
			return spel;
		}
		for (Class<?> type = (value != null) ? value.getClass() : Object.class; type != Object.class; type = type
			.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Expression.class.isAssignableFrom(field.getType())) {
					field.setAccessible(true);
					if (field.get(value) instanceof SpelExpression spel) {
						return spel;
					}
				}
			}
		}
		return null;
	}

}
