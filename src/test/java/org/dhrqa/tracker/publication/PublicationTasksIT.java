package org.dhrqa.tracker.publication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.actionplan.PlanFixtures;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The publication checklist says what is true: the annex counts actions with updates,
 * tasks wait their turn and are not links until then, nobody is shown a task they cannot
 * do, and a confirmation needs its date, shows who recorded it, and can be undone.
 */
@IntegrationTest
class PublicationTasksIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	SignedInUser kent;

	Long review;

	PlanFixtures.Made plan;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		SignedInUser secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
		this.review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-PUBTASKS"), "Wendy",
				LocalDate.of(2024, 1, 8), this.kent);
		this.fixtures.reviews.submitToQa(this.review, LocalDate.of(2024, 5, 2), this.kent);
		this.fixtures.letters.issued(this.review, LocalDate.of(2024, 6, 12), List.of("Proofread the report."),
				secretariat);
		this.plan = this.fixtures.plans.recommendationWithUpdate(this.review, "1", LocalDate.of(2024, 9, 3), this.kent);
	}

	@Test
	void theAnnexIsReadyOnlyWhenEveryOpenActionHasAnUpdate() throws Exception {
		Long second = this.fixtures.plans.action(this.plan.recommendationId(), "Audit the referral pathway", this.kent);

		Map<String, Element> tasks = tasks(this.kent);
		Element annex = tasks.get("Action plan annex ready, with implementation updates");
		assertThat(annex.text()).contains("1 of 2 actions have an implementation update").contains("In progress");

		this.fixtures.plans.update(second, LocalDate.of(2024, 9, 10), "Audit started", this.kent);
		assertThat(tasks(this.kent).get("Action plan annex ready, with implementation updates").text())
			.contains("2 of 2 actions")
			.contains("Completed");
	}

	@Test
	void tasksWaitTheirTurnAndArePlainTextUntilThenOrForPeopleWhoCannotDoThem() throws Exception {
		Map<String, Element> forKent = tasks(this.kent);
		Element website = forKent.get("Published on the CSP website");
		assertThat(website.text()).contains("Cannot start yet").contains("when the publication pack is assembled");
		assertThat(website.select("a")).isEmpty();
		this.mvc
			.perform(post("/reviews/" + this.review + "/publication/published-on-website").with(csrf())
				.with(user(this.kent))
				.param("confirmedOn.day", "1")
				.param("confirmedOn.month", "10")
				.param("confirmedOn.year", "2024")
				.param("detail", "https://www.example.org/dhr/wendy"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from publication_confirmation where review_id = ?",
				Long.class, this.review))
			.isZero();

		for (String email : List.of(DemoUsers.MANAGER, DemoUsers.ADMIN, DemoUsers.SECRETARIAT)) {
			Document page = Pages.parse(this.mvc
				.perform(get("/reviews/" + this.review + "/publication").with(user(this.fixtures.user(email))))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page.select(".govuk-task-list a[href*=/publication/]")).as(email).isEmpty();
		}
	}

	@Test
	void aConfirmationNeedsItsDateShowsWhoRecordedItAndCanBeUndoneWithAReason() throws Exception {
		readyToPublish();
		String url = "/reviews/" + this.review + "/publication/published-on-website";

		Document blankDate = Pages.parse(
				this.mvc
					.perform(post(url).with(csrf())
						.with(user(this.kent))
						.param("confirmedOn.day", "")
						.param("confirmedOn.month", "")
						.param("confirmedOn.year", "")
						.param("detail", "https://www.example.org/dhr/wendy"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(blankDate, "Enter the date");
		assertThat(Pages.valueOf(blankDate, "detail")).isEqualTo("https://www.example.org/dhr/wendy");

		Document homeOfficeFirst = Pages
			.parse(this.mvc.perform(get("/reviews/" + this.review + "/publication").with(user(this.kent))).andReturn());
		assertThat(homeOfficeFirst.select("a[href$=/publication/sent-to-home-office]")).as("web link first").isEmpty();

		this.mvc
			.perform(post(url).with(csrf())
				.with(user(this.kent))
				.param("confirmedOn.day", "2")
				.param("confirmedOn.month", "10")
				.param("confirmedOn.year", "2024")
				.param("detail", "https://www.example.org/dhr/wendy"))
			.andExpect(status().is3xxRedirection());
		Element website = tasks(this.kent).get("Published on the CSP website");
		assertThat(website.text()).contains("On 2 October 2024: https://www.example.org/dhr/wendy")
			.contains("Recorded by " + this.kent.name());
		assertThat(website.select("a[href$=/undo]")).hasSize(1);

		Document noReason = Pages
			.parse(this.mvc.perform(post(url + "/undo").with(csrf()).with(user(this.kent)).param("reason", ""))
				.andExpect(status().isOk())
				.andReturn());
		Pages.assertErrors(noReason, "Enter why this is being undone");
		this.mvc
			.perform(
					post(url + "/undo").with(csrf()).with(user(this.kent)).param("reason", "The page was not live yet"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("select count(*) from publication_confirmation where review_id = ?",
				Long.class, this.review))
			.isZero();
		assertThat(this.jdbc.queryForObject("select published_url from review where id = ?", String.class, this.review))
			.isNull();
		Document hub = Pages.parse(this.mvc.perform(get("/reviews/" + this.review).with(user(this.kent))).andReturn());
		assertThat(hub.select(".app-timeline").text()).contains("The page was not live yet");
	}

	private void readyToPublish() {
		this.fixtures.reports.upload(this.review, report(), true, this.kent);
		this.fixtures.publications.override(this.review, "Agreed by email.",
				this.fixtures.user(DemoUsers.KENT_MANAGER));
		this.fixtures.publications.pack(this.review, this.kent);
	}

	private Map<String, Element> tasks(SignedInUser who) throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/reviews/" + this.review + "/publication").with(user(who)))
			.andExpect(status().isOk())
			.andReturn());
		Map<String, Element> tasks = new LinkedHashMap<>();
		for (Element item : page.select(".govuk-task-list__item")) {
			tasks.put(item.selectFirst(".govuk-task-list__name-and-hint > :first-child").text(), item);
		}
		return tasks;
	}

	private static byte[] report() {
		try {
			return TestPdfs.report(2);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
