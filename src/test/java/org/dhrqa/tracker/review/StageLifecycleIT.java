package org.dhrqa.tracker.review;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stages that record a QA decision follow only from the service's own events; the
 * stage form offers a person only what they may choose, says why the rest is not offered,
 * and refuses a crafted request without changing anything. Corrections are the
 * secretariat's, with a reason on the timeline.
 */
@IntegrationTest
class StageLifecycleIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	SignedInUser kent;

	SignedInUser secretariat;

	long salome;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		this.secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
		this.salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
	}

	@ParameterizedTest(name = "kent@ posting {0} for Salome changes nothing")
	@ValueSource(strings = { "APPROVED_FOR_PUBLICATION", "PUBLISHED", "RESUBMITTED", "FEEDBACK_ISSUED", "CLOSED" })
	void aCraftedStageChangeIsRefusedInWordsAndChangesNothing(String target) throws Exception {
		String before = stageOf(this.salome);
		long changes = stageChanges(this.salome);

		Document page = Pages
			.parse(this.mvc.perform(stageForm(this.salome, target, this.kent)).andExpect(status().isOk()).andReturn());

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.selectFirst(".govuk-error-summary")).isNotNull();
		assertThat(stageOf(this.salome)).isEqualTo(before);
		assertThat(stageChanges(this.salome)).isEqualTo(changes);
	}

	@Test
	void theFormOffersTheCspOnlyItsOwnStagesAndSaysWhyNotTheOthers() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/reviews/" + this.salome + "/stage").with(user(this.kent)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select("input[name=stage]").eachAttr("value")).containsExactly("REVISING");
		assertThat(page.select(".govuk-summary-list").text()).contains("Approved for publication")
			.contains("accepts the last area");
		Document refused = Pages
			.parse(this.mvc.perform(stageForm(this.salome, "APPROVED_FOR_PUBLICATION", this.kent)).andReturn());
		Pages.assertInlineError(refused, "stage", "You cannot choose Approved for publication here");
		assertThat(page.select("a[href$=/stage/correct]")).as("no correction link for the CSP").isEmpty();
	}

	@Test
	void theSecretariatChoosesNothingOnTheFormButCorrectsAWrongStageWithAReason() throws Exception {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-STAGE"), "Ruth",
				LocalDate.of(2024, 2, 1), this.kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 5, 1), this.kent);

		Document form = Pages.parse(this.mvc.perform(get("/reviews/" + review + "/stage").with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form.select("input[name=stage]")).isEmpty();
		assertThat(form.select("a[href$=/stage/correct]")).hasSize(1);

		// a wrong stage cannot be put right to one whose facts are missing
		Document noLetter = Pages.parse(this.mvc.perform(correction(review, "FEEDBACK_ISSUED", "Letter went out"))
			.andExpect(status().isOk())
			.andReturn());
		Pages.assertInlineError(noLetter, "stage", "No letter has been issued for this review");
		Document noReason = Pages
			.parse(this.mvc.perform(correction(review, "IN_PROGRESS", "")).andExpect(status().isOk()).andReturn());
		Pages.assertInlineError(noReason, "note", "Enter the reason for the correction");
		assertThat(stageOf(review)).isEqualTo("SUBMITTED_TO_QA");

		this.mvc.perform(correction(review, "IN_PROGRESS", "Submitted by mistake: the report is not signed off"))
			.andExpect(status().is3xxRedirection());

		assertThat(stageOf(review)).isEqualTo("IN_PROGRESS");
		assertThat(this.jdbc.queryForObject(
				"select correction from review_stage_change where review_id = ? " + "order by id desc limit 1",
				Boolean.class, review))
			.isTrue();
		Document hub = Pages.parse(this.mvc.perform(get("/reviews/" + review).with(user(this.kent))).andReturn());
		assertThat(hub.select(".app-timeline").text()).contains("In progress (correction)")
			.contains("Submitted by mistake");
	}

	@Test
	void approvalFollowsTheLastAcceptedAreaAndCannotBeCorrectedToWhileAreasAreOpen() throws Exception {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-STAGE"), "Vera",
				LocalDate.of(2024, 2, 1), this.kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 5, 1), this.kent);
		this.fixtures.letters.issued(review, LocalDate.of(2024, 6, 5), List.of("Proofread the report."),
				this.secretariat);
		assertThat(stageOf(review)).isEqualTo("FEEDBACK_ISSUED");

		Document refused = Pages
			.parse(this.mvc.perform(correction(review, "APPROVED_FOR_PUBLICATION", "The panel approved it"))
				.andExpect(status().isOk())
				.andReturn());
		Pages.assertInlineError(refused, "stage", "Feedback items are still waiting to be accepted (0 of 1 accepted)");
		assertThat(stageOf(review)).isEqualTo("FEEDBACK_ISSUED");
	}

	@Test
	void readOnlyManagersCannotOpenTheStageForm() throws Exception {
		this.mvc.perform(get("/reviews/" + this.salome + "/stage").with(user(this.fixtures.user(DemoUsers.MANAGER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reviews/" + this.salome + "/stage/correct").with(user(this.kent)))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder stageForm(long review, String stage, SignedInUser who) {
		return post("/reviews/" + review + "/stage").with(csrf())
			.with(user(who))
			.param("version", String.valueOf(versionOf(review)))
			.param("stage", stage)
			.param("effectiveOn.day", "1")
			.param("effectiveOn.month", "10")
			.param("effectiveOn.year", "2024");
	}

	private MockHttpServletRequestBuilder correction(long review, String stage, String reason) {
		return post("/reviews/" + review + "/stage/correct").with(csrf())
			.with(user(this.secretariat))
			.param("version", String.valueOf(versionOf(review)))
			.param("stage", stage)
			.param("note", reason)
			.param("effectiveOn.day", "1")
			.param("effectiveOn.month", "10")
			.param("effectiveOn.year", "2024");
	}

	private String stageOf(long review) {
		return this.jdbc.queryForObject("select stage from review where id = ?", String.class, review);
	}

	private long versionOf(long review) {
		return this.jdbc.queryForObject("select version from review where id = ?", Long.class, review);
	}

	private long stageChanges(long review) {
		return this.jdbc.queryForObject("select count(*) from review_stage_change where review_id = ?", Long.class,
				review);
	}

}
