package org.dhrqa.tracker.report;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The text of each version is read once, in the background, with its progress and any
 * failure on the queue row; and the checks on each version's page.
 */
@IntegrationTest
class TextExtractionIT {

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

	DemoUsers users;

	RequestPostProcessor kent;

	ReportTexts texts;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.kent = this.users.as(DemoUsers.KENT);
		this.texts = new ReportTexts(this.mvc, this.jdbc, this.extraction, this.store);
	}

	@Test
	void workersRacingForAVersionClaimItOnceAndADeadWorkersClaimIsTakenOver() throws Exception {
		long review = this.texts.kentReview();
		long version = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version1(), 24).pdf(), "v1.pdf",
				this.kent);
		int paragraphs = this.texts.awaitText(version).paragraphCount();
		requeue(version, "status = 'PENDING', attempts = 0");

		ExecutorService workers = Executors.newFixedThreadPool(4);
		try {
			Callable<Boolean> work = () -> this.extraction.runOne();
			List<Future<Boolean>> results = workers.invokeAll(List.of(work, work, work, work));
			for (Future<Boolean> result : results) {
				result.get();
			}
		}
		finally {
			workers.shutdown();
		}
		this.texts.awaitText(version);
		assertThat(this.jdbc.queryForObject("select attempts from report_text where version_id = ?", Integer.class,
				version))
			.as("claimed once")
			.isEqualTo(1);
		assertThat(count(version)).isEqualTo(paragraphs);

		// a worker that stopped beating two minutes ago has died: another takes over
		requeue(version,
				"status = 'RUNNING', attempts = 1, claim_token = 'dead', heartbeat_at = now() - interval '10 minutes'");
		assertThat(this.texts.awaitText(version).isReady()).isTrue();
		assertThat(this.jdbc.queryForObject("select attempts from report_text where version_id = ?", Integer.class,
				version))
			.isEqualTo(2);
		assertThat(count(version)).isEqualTo(paragraphs);

		// ... but not for ever
		requeue(version,
				"status = 'RUNNING', attempts = 3, claim_token = 'dead', heartbeat_at = now() - interval '10 minutes'");
		TextStatus gaveUp = this.texts.awaitText(version);
		assertThat(gaveUp.isFailed()).isTrue();
		assertThat(gaveUp.failureKey()).isEqualTo("report.text.failed.gaveUp");

		// a version without a text row (written straight into the table) is queued too
		this.jdbc.update("delete from report_text where version_id = ?", version);
		assertThat(this.texts.awaitText(version).paragraphCount()).isEqualTo(paragraphs);
	}

	@Test
	void progressIsShownWhileAVersionIsReadAndThePageRefreshesItself() throws Exception {
		long review = this.texts.kentReview();
		long version = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version1(), 24).pdf(), "v1.pdf",
				this.kent);
		this.texts.awaitText(version);
		requeue(version, "status = 'RUNNING', pages_done = 12, page_count = 300, claim_token = 'busy', "
				+ "heartbeat_at = now()");
		try {
			Document page = Pages.parse(this.mvc.perform(get("/reports/" + version).with(this.kent)).andReturn());
			Element waiting = page.selectFirst("[data-text-status-url]");
			assertThat(waiting.attr("data-text-status-url")).isEqualTo("/reports/" + version + "/text-status");
			assertThat(waiting.selectFirst("[data-text-progress]").text())
				.isEqualTo("Reading the text of version 1: 12 of 300 pages done.");
			assertThat(waiting.select("a").attr("href")).isEqualTo("/reports/" + version);
			assertThat(page.select("script[src=/js/report-text-progress.mjs]")).hasSize(1);
			this.mvc.perform(get("/reports/" + version + "/text-status").with(this.kent))
				.andExpect(jsonPath("$.working").value(true))
				.andExpect(jsonPath("$.pagesDone").value(12))
				.andExpect(jsonPath("$.message").value("Reading the text of version 1: 12 of 300 pages done."));
			Document versions = Pages
				.parse(this.mvc.perform(get("/reviews/" + review + "/reports").with(this.kent)).andReturn());
			assertThat(versions.select("a[href=/reports/" + version + "]").text()).startsWith("Being read: 4% done");
		}
		finally {
			requeue(version, "status = 'PENDING'");
		}
		assertThat(this.texts.awaitText(version).isReady()).isTrue();
		Document ready = Pages.parse(this.mvc.perform(get("/reports/" + version).with(this.kent)).andReturn());
		assertThat(ready.select("[data-text-status-url], script[src=/js/report-text-progress.mjs]")).isEmpty();
	}

	@Test
	void aFailureIsRecordedWithAMessageAndTheSizeIsCheckedAgainstThePublicationLimit() throws Exception {
		long review = this.texts.kentReview();
		long version = this.texts.upload(review, TestPdfs.large(21), "scanned.pdf", this.kent);
		TextStatus status = this.texts.awaitText(version);
		assertThat(status.isFailed()).isTrue();
		assertThat(status.failureKey()).isEqualTo("report.text.failed.noText");

		Document page = Pages
			.parse(this.mvc.perform(get("/reports/" + version).with(this.kent)).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".govuk-warning-text").text()).contains(
				"The text of version 1 could not be read. The PDF has no text to read: it may be scanned images.");
		assertThat(page.select(".govuk-summary-list").text())
			.contains("21.0 MB, over the 20 MB publication limit: it will need compressing before publication");
		assertThat(page.select(".govuk-tag").eachText()).contains("Over 20 MB");
	}

	@Test
	void eachVersionsPageListsWhereTheReviewsPseudonymsAndTheNamesTheLetterQueriesAppear() throws Exception {
		long salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		long v1 = this.jdbc.queryForObject("select id from report_version where review_id = ? and version_number = 1",
				Long.class, salome);
		long v2 = this.jdbc.queryForObject("select id from report_version where review_id = ? and version_number = 2",
				Long.class, salome);
		this.texts.awaitText(v1);
		this.texts.awaitText(v2);

		Document page = Pages.parse(this.mvc.perform(get("/reports/" + v1).with(this.users.as(DemoUsers.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn());
		Element ahmed = row(page, "Ahmed");
		assertThat(ahmed.select("td").get(0).text()).contains("Pseudonym: Perpetrator")
			.contains("Item 1 of the QA letter: \u201cIn 16.2.7 Ahmed is referred to by another name.\u201d");
		String where = ahmed.selectFirst(".app-names__where").text();
		assertThat(where.split(", ")).contains("1.1", "16.2.6").doesNotContain("16.2.7");
		assertThat(row(page, "Salome").select("td").get(0).text()).isEqualTo("Pseudonym of the victim");
		assertThat(page.select(".govuk-summary-list").text()).contains("within the 20 MB publication limit");
		assertThat(page.select("a[href=/reviews/" + salome + "/reports/compare?from=]")).isEmpty();

		Document revised = Pages.parse(this.mvc.perform(get("/reports/" + v2).with(this.kent)).andReturn());
		assertThat(row(revised, "Ahmed").selectFirst(".app-names__where").text().split(", ")).contains("16.2.7");
		assertThat(revised.select("a").eachText()).contains("Compare version 2 with version 1");
	}

	private static Element row(Document page, String name) {
		return page.select(".app-names tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + name));
	}

	private void requeue(long version, String set) {
		this.jdbc.update("update report_text set " + set + " where version_id = ?", version);
	}

	private int count(long version) {
		return this.jdbc.queryForObject("select count(*) from report_paragraph where version_id = ?", Integer.class,
				version);
	}

}
