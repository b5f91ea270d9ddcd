package org.dhrqa.tracker.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DashboardReadModel;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
	ApplicationContext context;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	long salome;

	@BeforeEach
	void setUp() {
		DashboardReadModel.awaitCurrent(this.context);
		this.users = new DemoUsers(this.userDetailsService);
		this.salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
	}

	@Test
	void listsTheReviewsThePersonMaySeeWithTheirItemCounts() throws Exception {
		this.mvc.perform(get("/api/reviews?size=500").with(httpBasic(DemoUsers.KENT, "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews[*].reference", hasItem("KM-DHR-2021-03")))
			.andExpect(jsonPath("$.reviews[*].reference", not(hasItem("DEV-DHR-2024-01"))))
			.andExpect(jsonPath("$.reviews[?(@.reference == 'KM-DHR-2021-03')].id").exists())
			.andExpect(jsonPath("$.reviews[?(@.reference == 'KM-DHR-2021-03')].victimPseudonym", hasItem("Salome")))
			.andExpect(jsonPath("$.reviews[?(@.reference == 'KM-DHR-2021-03')].totalFeedbackItems", hasItem(7)));
	}

	@Test
	void pagesWithLinksAndATotalWithinLimits() throws Exception {
		long visible = this.jdbc.queryForObject(
				"select count(*) from review r join app_user u on u.csp_id = r.csp_id " + "where u.email = ?",
				Long.class, DemoUsers.KENT);
		assertThat(visible).isGreaterThanOrEqualTo(2);
		this.mvc.perform(get("/api/reviews?page=1&size=1").with(httpBasic(DemoUsers.KENT, "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews.length()").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.total").value((int) visible))
			.andExpect(jsonPath("$.links.previous").doesNotExist())
			.andExpect(jsonPath("$.links.next").value("/api/reviews?page=2&size=1"))
			.andExpect(jsonPath("$.links.last").value("/api/reviews?page=" + visible + "&size=1"));
		this.mvc
			.perform(get("/api/reviews?page=" + visible + "&size=1").with(httpBasic(DemoUsers.KENT, "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews.length()").value(1))
			.andExpect(jsonPath("$.links.previous").value("/api/reviews?page=" + (visible - 1) + "&size=1"))
			.andExpect(jsonPath("$.links.next").doesNotExist());
		// a first page holding every review, and a page past the end, tell the same total
		this.mvc.perform(get("/api/reviews").with(httpBasic(DemoUsers.KENT, "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews.length()").value((int) visible))
			.andExpect(jsonPath("$.total").value((int) visible))
			.andExpect(jsonPath("$.totalPages").value(1));
		this.mvc
			.perform(get("/api/reviews?page=" + (visible + 3) + "&size=1")
				.with(httpBasic(DemoUsers.KENT, "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews.length()").value(0))
			.andExpect(jsonPath("$.total").value((int) visible))
			.andExpect(jsonPath("$.links.last").value("/api/reviews?page=" + visible + "&size=1"));
		// a size over the limit is cut down to it; nonsense falls back to the defaults
		this.mvc.perform(get("/api/reviews?size=100000&page=x").with(httpBasic(DemoUsers.KENT, "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(500))
			.andExpect(jsonPath("$.page").value(1));
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
