package org.dhrqa.tracker.actionplan;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 for action plans: two people at once, hostile text, and limits that hold in
 * the form and in the database alike.
 */
@IntegrationTest
class PlanConcurrencyIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	SignedInUser kent;

	SignedInUser manager;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		this.manager = this.fixtures.user(DemoUsers.KENT_MANAGER);
	}

	private long newReview() {
		return this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-RACE"), "Iris",
				LocalDate.of(2024, 3, 1), this.kent);
	}

	@Test
	void aStaleRecommendationSaveIsRefusedNamingWhoChangedItAndKeepsWhatWasTyped() throws Exception {
		long review = newReview();
		PlanFixtures.Made made = this.fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2025, 1, 6),
				this.kent);
		Document form = Pages
			.parse(this.mvc.perform(get("/recommendations/" + made.recommendationId() + "/edit").with(user(this.kent)))
				.andReturn());
		String version = Pages.valueOf(form, "version");

		// the manager saves first
		this.mvc
			.perform(post("/recommendations/" + made.recommendationId() + "/edit").with(csrf())
				.with(user(this.manager))
				.param("version", version)
				.param("number", "1")
				.param("recommendation", "Train every member of staff in domestic abuse")
				.param("scope", "REGIONAL"))
			.andExpect(status().is3xxRedirection());

		Document refused = Pages.parse(
				this.mvc
					.perform(post("/recommendations/" + made.recommendationId() + "/edit").with(csrf())
						.with(user(this.kent))
						.param("version", version)
						.param("number", "1")
						.param("recommendation", "Train front-line staff in domestic abuse")
						.param("scope", "LOCAL"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.selectFirst(".govuk-error-summary").text()).contains(this.manager.name())
			.contains("changed this recommendation on");
		assertThat(Pages.valueOf(refused, "recommendation")).isEqualTo("Train front-line staff in domestic abuse");
		assertThat(recommendationText(made.recommendationId()))
			.isEqualTo("Train every member of staff in domestic abuse");

		// having seen the other change, the person can save theirs
		this.mvc
			.perform(post("/recommendations/" + made.recommendationId() + "/edit").with(csrf())
				.with(user(this.kent))
				.param("version", Pages.valueOf(refused, "version"))
				.param("number", "1")
				.param("recommendation", "Train front-line staff in domestic abuse")
				.param("scope", "LOCAL"))
			.andExpect(status().is3xxRedirection());
		assertThat(recommendationText(made.recommendationId())).isEqualTo("Train front-line staff in domestic abuse");
	}

	@Test
	void twoPeopleAddingRecommendationThreeAtOnceGetOneRecommendationAndTheSameFieldMessage() throws Exception {
		long review = newReview();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<MockHttpServletResponse>> results = new ArrayList<>();
		try {
			for (SignedInUser person : List.of(this.kent, this.manager)) {
				Callable<MockHttpServletResponse> add = () -> {
					start.await();
					return this.mvc
						.perform(post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
							.with(user(person))
							.param("number", "3")
							.param("recommendation", "Recommendation three, as " + person.name() + " typed it")
							.param("scope", "LOCAL"))
						.andReturn()
						.getResponse();
				};
				results.add(pool.submit(add));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<MockHttpServletResponse> result : results) {
				MockHttpServletResponse response = result.get();
				statuses.add(response.getStatus());
				if (response.getStatus() == 200) {
					Document page = Jsoup.parse(response.getContentAsString());
					Pages.assertErrors(page, "Recommendation 3 is already in the plan: choose another number");
				}
			}
			assertThat(statuses).containsExactlyInAnyOrder(302, 200);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from recommendation r join action_plan p on "
								+ "p.id = r.action_plan_id where p.review_id = ? and r.number = '3'",
						Integer.class, review))
			.isEqualTo(1);

		// a slower duplicate, whatever its case, gets the same words
		Document slower = Pages.parse(
				this.mvc
					.perform(post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
						.with(user(this.kent))
						.param("number", " 3 ")
						.param("recommendation", "Once more")
						.param("scope", "LOCAL"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertInlineError(slower, "number", "Recommendation 3 is already in the plan: choose another number");
	}

	@Test
	void anImportConfirmedTwiceAtOnceIsAppliedOnce() throws Exception {
		long review = newReview();
		PlanImports imports = this.context.getBean(PlanImports.class);
		PlanImports.Check check = imports.check(review,
				new ByteArrayInputStream(PlanUploads.csv(PlanUploads.headings(),
						"1. Police should record domestic abuse history,Local,Update the guidance,Kent Police,,,",
						",,Train call handlers,Kent Police,,,")),
				"plan.csv", this.kent);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<PlanImports.Outcome>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return imports.confirm(check.importId(), review, null, false, this.kent).outcome();
				}));
			}
			start.countDown();
			List<PlanImports.Outcome> outcomes = new ArrayList<>();
			for (Future<PlanImports.Outcome> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder(PlanImports.Outcome.APPLIED,
					PlanImports.Outcome.NOTHING_TO_CONFIRM);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from plan_action a join recommendation r on "
				+ "r.id = a.recommendation_id join action_plan p on p.id = r.action_plan_id where p.review_id = ?",
				Integer.class, review))
			.isEqualTo(2);
	}

	@Test
	void aChangedTargetDateIsInTheReviewsHistoryWithWhoAndWhen() throws Exception {
		long review = newReview();
		PlanFixtures.Made made = this.fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2025, 1, 6),
				this.kent);
		Document form = Pages
			.parse(this.mvc.perform(get("/actions/" + made.actionId() + "/edit").with(user(this.kent))).andReturn());
		this.mvc
			.perform(post("/actions/" + made.actionId() + "/edit").with(csrf())
				.with(user(this.kent))
				.param("version", Pages.valueOf(form, "version"))
				.param("actionText", "Deliver training to all staff")
				.param("leadAgency", "Kent County Council")
				.param("targetDate.day", "30")
				.param("targetDate.month", "9")
				.param("targetDate.year", "2025")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());

		Document hub = Pages.parse(this.mvc.perform(get("/reviews/" + review).with(user(this.kent))).andReturn());
		assertThat(hub.select(".app-timeline__item").eachText()).anyMatch((item) -> item.contains(this.kent.name())
				&& item.contains("Action “Deliver training to all…” of recommendation 1 (target date): "
						+ "“6 July 2025” → “30 September 2025”"));
	}

	@Test
	void textOverItsLimitOrWithControlCharactersGetsAFieldMessageNotAServerError() throws Exception {
		long review = newReview();
		PlanFixtures.Made made = this.fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2025, 1, 6),
				this.kent);
		Document tooLong = Pages.parse(
				this.mvc
					.perform(post("/recommendations/" + made.recommendationId() + "/actions/new").with(csrf())
						.with(user(this.kent))
						.param("actionText", "x".repeat(5001))
						.param("leadAgency", "Kent Police\u0000")
						.param("keyMilestones", "m".repeat(5001))
						.param("targetDate.day", "1")
						.param("targetDate.month", "1")
						.param("targetDate.year", "0001")
						.param("status", "NOT_STARTED"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertInlineError(tooLong, "actionText", "Must be 5,000 characters or fewer");
		Pages.assertInlineError(tooLong, "leadAgency", "Remove the hidden control characters from this answer");
		Pages.assertInlineError(tooLong, "keyMilestones", "Must be 5,000 characters or fewer");
		Pages.assertInlineError(tooLong, "targetDate", "must have a year between 1990 and 2100");

		Document update = Pages.parse(
				this.mvc
					.perform(post("/actions/" + made.actionId() + "/updates").with(csrf())
						.with(user(this.kent))
						.param("updateDate.day", "2")
						.param("updateDate.month", "2")
						.param("updateDate.year", "2025")
						.param("updateText", "u".repeat(5001)))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertInlineError(update, "updateText", "Must be 5,000 characters or fewer");

		// and the database holds the same limits, whoever writes to it
		assertThatThrownBy(() -> this.jdbc.update("update plan_action set key_milestones = ? where id = ?",
				"m".repeat(5001), made.actionId()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update("update recommendation set text = ? where id = ?", "r".repeat(5001),
				made.recommendationId()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private String recommendationText(Long id) {
		return this.jdbc.queryForObject("select text from recommendation where id = ?", String.class, id);
	}

}
