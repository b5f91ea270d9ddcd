package org.dhrqa.tracker.review;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every route that shows a Kent review, for every role: Kent and the Home Office see it
 * (managers read-only), Devon gets 404 as if it did not exist.
 */
@IntegrationTest
class AccessMatrixIT {

	private static final int OK = 200;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	long salome;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
	}

	static Stream<Arguments> matrix() {
		String[] routes = { "/reviews/%d", "/reviews/%d/edit", "/reviews/%d/stage", "/api/reviews/%d" };
		Object[][] expectations = {
				// role, hub, edit, stage, api
				{ DemoUsers.KENT, OK, OK, OK, OK }, { DemoUsers.KENT_MANAGER, OK, OK, OK, OK },
				{ DemoUsers.SECRETARIAT, OK, OK, OK, OK }, { DemoUsers.ADMIN, OK, OK, OK, OK },
				{ DemoUsers.MANAGER, OK, FORBIDDEN, FORBIDDEN, OK },
				{ DemoUsers.DEVON, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND } };
		return Stream.of(expectations)
			.flatMap((row) -> Stream.of(0, 1, 2, 3).map((i) -> Arguments.of(row[0], routes[i], row[i + 1])));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@MethodSource("matrix")
	void kentReviewRoutes(String email, String route, int expectedStatus) throws Exception {
		this.mvc.perform(get(String.format(route, this.salome)).with(this.users.as(email)))
			.andExpect(status().is(expectedStatus));
	}

	static Stream<Arguments> adminRoutes() {
		return Stream.of(DemoUsers.KENT, DemoUsers.SECRETARIAT, DemoUsers.MANAGER, DemoUsers.DEVON)
			.flatMap((email) -> Stream.of("/admin/users", "/admin/users/new", "/admin/csps", "/admin/csps/new")
				.map((route) -> Arguments.of(email, route)));
	}

	@ParameterizedTest(name = "{0} {1} -> 403")
	@MethodSource("adminRoutes")
	void onlyAdministratorsManagePeopleAndCsps(String email, String route) throws Exception {
		this.mvc.perform(get(route).with(this.users.as(email))).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0} may not register reviews")
	@MethodSource("readOnly")
	void readOnlyManagersCannotRegister(String email) throws Exception {
		this.mvc.perform(get("/reviews/new").with(this.users.as(email))).andExpect(status().isForbidden());
	}

	static Stream<String> readOnly() {
		return Stream.of(DemoUsers.MANAGER);
	}

}
