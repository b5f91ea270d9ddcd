package org.dhrqa.tracker.review;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Routes × roles: a CSP user never sees another CSP's review, by page, list, export or
 * guessed id.
 */
@IntegrationTest
class ReviewAccessIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	long salome;

	long ruth;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		this.ruth = this.jdbc.queryForObject("select id from review where reference = 'DEV-DHR-2024-01'", Long.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { DemoUsers.KENT, DemoUsers.KENT_MANAGER, DemoUsers.SECRETARIAT, DemoUsers.MANAGER,
			DemoUsers.ADMIN })
	void kentsReviewIsVisibleToKentAndTheHomeOffice(String email) throws Exception {
		this.mvc.perform(get("/reviews/" + this.salome).with(this.users.as(email))).andExpect(status().isOk());
		// other tests add reviews: look the review up rather than expect it on the first
		// page
		Document register = Pages.parse(this.mvc.perform(get("/reviews?q=KM-DHR-2021-03").with(this.users.as(email)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(register.select("table a").eachText()).contains("KM-DHR-2021-03");
	}

	@Test
	void kentsReviewDoesNotExistForDevon() throws Exception {
		this.mvc.perform(get("/reviews/" + this.salome).with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isNotFound());
		Document register = Pages.parse(this.mvc.perform(get("/reviews").with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(register.select("table a").eachText()).doesNotContain("KM-DHR-2021-03").contains("DEV-DHR-2024-01");
		String csv = this.mvc.perform(get("/reviews/export.csv").with(this.users.as(DemoUsers.DEVON)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).doesNotContain("Salome").contains("Ruth");
	}

	@Test
	void devonsReviewDoesNotExistForKent() throws Exception {
		this.mvc.perform(get("/reviews/" + this.ruth).with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aReviewThatDoesNotExistIsAGovukNotFoundPage() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/reviews/999999").with(this.users.as(DemoUsers.ADMIN)))
			.andExpect(status().isNotFound())
			.andReturn());
		assertThat(Pages.h1(page)).isEqualTo("Page not found");
	}

	@Test
	void filtersNarrowTheRegisterAndTheCsvExportAlike() throws Exception {
		Document page = Pages.parse(this.mvc
			.perform(get("/reviews").param("stage", "SUBMITTED_TO_QA").with(this.users.as(DemoUsers.SECRETARIAT)))
			.andReturn());
		List<String> references = page.select("tbody tr td:first-child a").eachText();
		assertThat(references).contains("DEV-DHR-2024-01").doesNotContain("KM-DHR-2021-03");
		String csv = this.mvc
			.perform(get("/reviews/export.csv").param("stage", "SUBMITTED_TO_QA")
				.with(this.users.as(DemoUsers.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("DEV-DHR-2024-01").doesNotContain("KM-DHR-2021-03");
	}

	@Test
	void searchFindsByPseudonym() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get("/reviews").param("q", "salo").with(this.users.as(DemoUsers.SECRETARIAT)))
				.andReturn());
		assertThat(page.select("tbody tr")).hasSize(1);
		assertThat(page.select("tbody tr").text()).contains("Salome");
	}

	@Test
	void theReviewHubShowsFactsAndStages() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get("/reviews/" + this.salome).with(this.users.as(DemoUsers.KENT))).andReturn());
		assertThat(Pages.h1(page)).contains("Salome").contains("Feedback issued");
		assertThat(page.select(".govuk-summary-list").text()).contains("KM-DHR-2021-03")
			.contains("Ahmed (Perpetrator)")
			.contains("March 2021")
			.contains("19 April 2021");
		assertThat(page.select(".app-timeline__title").eachText()).contains("Feedback issued", "Notified");
	}

}
