package org.dhrqa.tracker.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReviewsApiIT {

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

	@Test
	void listsTheReviewsThePersonMaySeeWithTheirItemCounts() throws Exception {
		this.mvc.perform(get("/api/reviews").with(httpBasic(DemoUsers.KENT, "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].reference", hasItem("KM-DHR-2021-03")))
			.andExpect(jsonPath("$[*].reference", not(hasItem("DEV-DHR-2024-01"))))
			.andExpect(jsonPath("$[?(@.reference == 'KM-DHR-2021-03')].id").exists())
			.andExpect(jsonPath("$[?(@.reference == 'KM-DHR-2021-03')].victimPseudonym", hasItem("Salome")))
			.andExpect(jsonPath("$[?(@.reference == 'KM-DHR-2021-03')].totalFeedbackItems", hasItem(7)));
	}

	@Test
	void anotherCspsReviewIsNotFound() throws Exception {
		this.mvc.perform(get("/api/reviews/" + this.salome).with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/reviews/" + this.salome).with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("FEEDBACK_ISSUED"));
	}

	@Test
	void aWrongPasswordIsUnauthorised() throws Exception {
		this.mvc.perform(get("/api/reviews").with(httpBasic(DemoUsers.KENT, "wrong")))
			.andExpect(status().isUnauthorized());
	}

}
