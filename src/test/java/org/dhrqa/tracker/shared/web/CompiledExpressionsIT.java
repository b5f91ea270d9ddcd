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
 * The expressions the tables evaluate on every row, and those the layout evaluates on
 * every page, compile to bytecode: Spring never compiles one that holds a bean reference
 * ({@code @fmt.date(...)}), so the formats, the permissions, the unread count, the
 * session's timeout and the select options are model variables (decisions 27 and 28).
 * Interpreted, a method call is looked up again on every evaluation, as Thymeleaf's
 * evaluation context has a method resolver of its own.
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
	void everyRowFormatAndEveryCallOfTheLayoutCompiles() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		Long salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		this.mvc.perform(get("/reviews").with(demo.as(DemoUsers.SECRETARIAT))).andExpect(status().isOk());
		for (String page : List.of("/reviews/" + salome, "/reviews/" + salome + "/items",
				"/reviews/" + salome + "/action-plan")) {
			this.mvc.perform(get(page).with(demo.as(DemoUsers.KENT))).andExpect(status().isOk());
		}

		List<String> formats = new ArrayList<>();
		List<String> pageCalls = new ArrayList<>();
		List<String> beanReferences = new ArrayList<>();
		List<String> interpreted = new ArrayList<>();
		@SuppressWarnings("unchecked")
		ICache<Object, Object> cache = (ICache<Object, Object>) (ICache<?, ?>) this.engine.getCacheManager()
			.getExpressionCache();
		for (Object key : cache.keySet()) {
			SpelExpression spel = spelOf(cache.get(key, (ICacheEntryValidityChecker<Object, Object>) null));
			if (spel == null) {
				continue;
			}
			String text = spel.getExpressionString();
			if (text.contains("@")) {
				beanReferences.add(text);
			}
			boolean formatCall = text.contains("fmt.");
			boolean pageCall = PAGE_CALLS.stream().anyMatch(text::contains);
			if (formatCall) {
				formats.add(text);
			}
			if (pageCall) {
				pageCalls.add(text);
			}
			if ((formatCall || pageCall) && !spel.compileExpression()) {
				interpreted.add(text);
			}
		}
		assertThat(formats).as("the pages format dates").anyMatch((e) -> e.endsWith("fmt.date(review.notifiedOn)"));
		assertThat(pageCalls).as("the layout's and the filters' calls")
			.anyMatch((e) -> e.contains("perm.may('WORK_ON_ITEMS')"))
			.anyMatch((e) -> e.contains("unreadNotifications.count()"))
			.anyMatch((e) -> e.contains("sessionTimeout.secondsLeft()"))
			.anyMatch((e) -> e.contains("selectOptions.html("))
			.anyMatch((e) -> e.contains("currentPath.startsWith(href)"));
		assertThat(beanReferences).as("bean references, which SpEL never compiles").isEmpty();
		assertThat(interpreted).as("calls SpEL cannot compile").isEmpty();
	}

	/**
	 * What every page's layout asks (permissions, the unread count, the session's
	 * timeout, the current navigation item) and what a filter asks (its options).
	 */
	private static final List<String> PAGE_CALLS = List.of("perm.", "sessionTimeout.", "unreadNotifications.",
			"selectOptions.", "currentPath.startsWith");

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
