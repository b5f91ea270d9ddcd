package org.dhrqa.tracker.report;

import java.time.Instant;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DashboardReadModel;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16's second acceptance check: after the CSP responds to Salome's 16.2.7 item
 * pointing at the revised version, the secretariat sees paragraph 16.2.7 as it was and as
 * it is on the item page; and the flags for a paragraph that did not change, or cannot be
 * found.
 */
@IntegrationTest
class ParagraphCheckIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	TextExtraction extraction;

	@Autowired
	ReportTextStore store;

	@Autowired
	ParagraphChecks checks;

	DemoUsers users;

	RequestPostProcessor kent;

	RequestPostProcessor secretariat;

	ReportTexts texts;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.kent = this.users.as(DemoUsers.KENT);
		this.secretariat = this.users.as(DemoUsers.SECRETARIAT);
		this.texts = new ReportTexts(this.mvc, this.jdbc, this.extraction, this.store);
	}

	@Test
	void theSecretariatSeesSalomes1627AsThePanelReadItAndAsRevised() throws Exception {
		long salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		long item = this.jdbc.queryForObject(
				"select id from feedback_item where review_id = ? and number = 1 " + "and status <> 'WITHDRAWN'",
				Long.class, salome);
		long v1 = demoVersion(salome, 1);
		long v2 = demoVersion(salome, 2);
		assertThat(this.texts.awaitText(v1).isReady()).isTrue();
		assertThat(this.texts.awaitText(v2).isReady()).isTrue();
		// the demo data is shared by every integration test: put item 1 back as the
		// letter left it, and as this test found it afterwards
		Map<String, Object> before = this.jdbc.queryForMap("select * from feedback_item where id = ?", item);
		long lastEvent = this.jdbc
			.queryForObject("select coalesce(max(id), 0) from feedback_item_event where item_id = ?", Long.class, item);
		try {
			this.jdbc.update("update feedback_item set status = 'OPEN', response_text = null, "
					+ "addressed_in_version_id = null, addressed_paragraph = null, decision_note = null where id = ?",
					item);

			Document open = Pages.parse(this.mvc.perform(get("/items/" + item).with(this.secretariat)).andReturn());
			Element check = open.selectFirst(".app-paragraph-check");
			assertThat(check.selectFirst("h2").text()).isEqualTo("Paragraph 16.2.7 in the report");
			assertThat(check.text()).contains("As the panel read it: version 1, page 6")
				.contains("On 3 February 2021 Adam told the GP")
				.contains("The response does not point to a version of the report yet.");

			this.mvc
				.perform(post("/items/" + item + "/respond").with(csrf())
					.with(this.kent)
					.param("response", "16.2.7 now calls him Ahmed, as everywhere else.")
					.param("reportVersion", String.valueOf(v2))
					.param("addressedParagraph", "16.2.7"))
				.andExpect(redirectedUrl("/items/" + item));

			Document responded = Pages.parse(this.mvc.perform(get("/items/" + item).with(this.secretariat))
				.andExpect(status().isOk())
				.andReturn());
			check = responded.selectFirst(".app-paragraph-check");
			assertThat(check.select("h3").eachText()).containsExactly("As the panel read it: version 1, page 6",
					"As it is now: version 2, page 6");
			assertThat(check.select("del").eachText()).containsExactly("[removed: Adam]");
			assertThat(check.select("ins").eachText()).containsExactly("[added: Ahmed]");
			assertThat(check.select(".app-diff").get(0).text())
				.startsWith("On 3 February 2021 [removed: Adam] told the GP that he was worried about Salome's");
			assertThat(check.select(".app-diff").get(1).text())
				.startsWith("On 3 February 2021 [added: Ahmed] told the GP that he was worried about Salome's");
			assertThat(check.text())
				.contains("Changed The words that changed between version 1 and version 2 are marked.")
				.doesNotContain("word for word the same");
			// the section comes before the decision, so the secretariat can accept from
			// here
			assertThat(responded.select(".app-paragraph-check ~ h2").eachText()).contains("Verify the response");
		}
		finally {
			// put Salome's item back as it was, with SQL that no event announces: the
			// dashboard's row is then dropped, once its reactions have run, to be worked
			// out
			// again from what is in the tables
			DashboardReadModel.awaitReactions(this.jdbc);
			this.jdbc.update("delete from feedback_item_event where item_id = ? and id > ?", item, lastEvent);
			this.jdbc.update(
					"update feedback_item set status = ?, response_text = ?, addressed_in_version_id = ?, "
							+ "addressed_paragraph = ?, responded_by_user_id = ?, responded_at = ?, decision_note = ?, "
							+ "decided_by_user_id = ?, decided_at = ?, version = ? where id = ?",
					before.get("status"), before.get("response_text"), before.get("addressed_in_version_id"),
					before.get("addressed_paragraph"), before.get("responded_by_user_id"), before.get("responded_at"),
					before.get("decision_note"), before.get("decided_by_user_id"), before.get("decided_at"),
					before.get("version"), item);
			this.jdbc.update(
					"delete from dashboard_row where review_id = (select review_id from feedback_item where id = ?)",
					item);
		}
	}

	@Test
	void aParagraphThatDidNotChangeOrCannotBeFoundIsFlagged() throws Exception {
		long review = this.texts.kentReview();
		long v1 = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version1(), 24).pdf(), "v1.pdf",
				this.kent);
		this.jdbc.update("update report_version set uploaded_at = uploaded_at - interval '1 day' where id = ?", v1);
		long[] items = issueLetter(review, "16.2.8", "16.2.12", "Front page");
		long v2 = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version2(), 30).pdf(), "v2.pdf",
				this.kent);
		this.texts.awaitText(v1);
		this.texts.awaitText(v2);
		for (long item : items) {
			this.mvc
				.perform(post("/items/" + item + "/respond").with(csrf())
					.with(this.kent)
					.param("response", "Done.")
					.param("reportVersion", String.valueOf(v2)))
				.andExpect(redirectedUrl("/items/" + item));
		}

		Element unchanged = Pages.parse(this.mvc.perform(get("/items/" + items[0]).with(this.secretariat)).andReturn())
			.selectFirst(".app-paragraph-check");
		assertThat(unchanged.selectFirst(".app-paragraph-check__unchanged").text())
			.contains("Paragraph 16.2.8 is word for word the same in version 1 and version 2: nothing in it changed.");
		assertThat(unchanged.select("ins, del")).isEmpty();

		Element missing = Pages.parse(this.mvc.perform(get("/items/" + items[1]).with(this.secretariat)).andReturn())
			.selectFirst(".app-paragraph-check");
		assertThat(missing.select(".govuk-warning-text").eachText()).containsExactly(
				"! Warning Paragraph 16.2.12 could not be found in version 1.",
				"! Warning Paragraph 16.2.12 could not be found in version 2.");

		Element front = Pages.parse(this.mvc.perform(get("/items/" + items[2]).with(this.secretariat)).andReturn())
			.selectFirst(".app-paragraph-check");
		assertThat(front.selectFirst("h2").text()).isEqualTo("Front page in the report");
		assertThat(front.select("ins").eachText()).containsExactly("[added: who died in March 2021]");
	}

	@Test
	void onlyTheReviewsOwnVersionsAreReadAndTheVersionThePanelReadPrecedesTheLetter() throws Exception {
		long review = this.texts.kentReview();
		long v1 = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version1(), 24).pdf(), "v1.pdf",
				this.kent);
		this.texts.awaitText(v1);
		long other = this.texts.kentReview();
		long elsewhere = this.texts.upload(other, ReportPdfFixture.write(SalomeReports.version2(), 24).pdf(), "v.pdf",
				this.kent);
		SignedInUser sam = (SignedInUser) this.userDetailsService.loadUserByUsername(DemoUsers.SECRETARIAT);

		ParagraphCheck check = this.checks.check(review, "16.2.7", Instant.now(), elsewhere, "16.2.7", sam)
			.orElseThrow();
		assertThat(check.responseVersionNotOfReview()).isTrue();
		assertThat(check.now()).isNull();
		assertThat(check.read().found()).isTrue();
		assertThat(check.read().paragraph().text()).startsWith("On 3 February 2021 Adam told the GP")
			.contains("(a) the GP did not ask Salome about domestic abuse; (b) no referral");

		ParagraphCheck beforeAnyUpload = this.checks
			.check(review, "16.2.7", Instant.parse("2020-01-01T00:00:00Z"), v1, "16.2.7", sam)
			.orElseThrow();
		assertThat(beforeAnyUpload.read().finding()).isEqualTo(ParagraphCheck.Finding.NO_VERSION);
		assertThat(beforeAnyUpload.now().found()).isTrue();
		assertThat(beforeAnyUpload.compared()).isFalse();

		assertThat(this.checks.check(review, "The whole report", Instant.now(), v1, null, sam)).isEmpty();
	}

	private long demoVersion(long review, int number) {
		return this.jdbc.queryForObject("select id from report_version where review_id = ? and version_number = ?",
				Long.class, review, number);
	}

	/**
	 * An issued letter on the review with one open item per cited paragraph, opened now.
	 */
	private long[] issueLetter(long review, String... paragraphs) {
		Long meeting = this.jdbc.queryForObject("insert into panel_meeting (meeting_date) values (date '2030-01-01' + "
				+ "(random() * 3000)::int) on conflict (meeting_date) do update set meeting_date = excluded.meeting_date "
				+ "returning id", Long.class);
		Long letter = this.jdbc.queryForObject("insert into panel_letter (review_id, meeting_id, status, letter_date, "
				+ "letterhead, addressee_name, salutation, opening, outcome, outcome_text, list_heading, "
				+ "publication_instructions, closing, sign_off, issued_at) values (?, ?, 'ISSUED', current_date, 'x', "
				+ "'x', 'x', 'x', 'APPROVED_SUBJECT_TO_CHANGES', 'x', 'x', 'x', 'x', 'x', now()) returning id",
				Long.class, review, meeting);
		long[] items = new long[paragraphs.length];
		for (int i = 0; i < paragraphs.length; i++) {
			items[i] = this.jdbc.queryForObject(
					"insert into feedback_item (letter_id, review_id, number, text, "
							+ "paragraph_ref, category, status) values (?, ?, ?, ?, ?, 'OTHER', 'OPEN') returning id",
					Long.class, letter, review, i + 1, "See " + paragraphs[i] + ".", paragraphs[i]);
			this.jdbc.update("insert into feedback_item_event (item_id, event_type, actor_name, occurred_at, "
					+ "to_status) values (?, 'OPENED', 'Sam Okafor', now(), 'OPEN')", items[i]);
		}
		return items;
	}

}
