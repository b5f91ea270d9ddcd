package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An action is complete only with the date it was completed and its outcome. */
@IntegrationTest
class ActionCompletionIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void completeNeedsTheDateAndTheOutcome() throws Exception {
		Fixtures fixtures = new Fixtures(this.context);
		SignedInUser kent = fixtures.user(DemoUsers.KENT);
		Long review = fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-DONE"), "Tess",
				LocalDate.of(2024, 3, 1), kent);
		PlanFixtures.Made made = fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2024, 6, 1), kent);
		long version = this.jdbc.queryForObject("select version from plan_action where id = ?", Long.class,
				made.actionId());

		Document refused = Pages.parse(
				this.mvc
					.perform(post("/actions/" + made.actionId() + "/edit").with(csrf())
						.with(user(kent))
						.param("version", String.valueOf(version))
						.param("actionText", "Deliver training to all staff")
						.param("leadAgency", "Kent County Council")
						.param("status", "COMPLETE"))
					.andExpect(status().isOk())
					.andReturn());

		Pages.assertErrors(refused, "Enter the date the action was completed",
				"Enter the outcome of the completed action");
		assertThat(Pages.valueOf(refused, "actionText")).isEqualTo("Deliver training to all staff");
		assertThat(
				this.jdbc.queryForObject("select status from plan_action where id = ?", String.class, made.actionId()))
			.isEqualTo("IN_PROGRESS");

		this.mvc
			.perform(post("/actions/" + made.actionId() + "/edit").with(csrf())
				.with(user(kent))
				.param("version", String.valueOf(version))
				.param("actionText", "Deliver training to all staff")
				.param("leadAgency", "Kent County Council")
				.param("status", "COMPLETE")
				.param("completedOn.day", "3")
				.param("completedOn.month", "9")
				.param("completedOn.year", "2024")
				.param("completionOutcome", "All 240 staff trained; refresher booked for 2025"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select status, completion_outcome from plan_action where id = ?",
				made.actionId()))
			.containsEntry("status", "COMPLETE")
			.containsEntry("completion_outcome", "All 240 staff trained; refresher booked for 2025");
	}

}
