package org.dhrqa.tracker.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16's first acceptance check: two versions of a report with numbered paragraphs
 * are uploaded; the comparison lists the changed, added and removed paragraphs with their
 * old and new text, and not the unchanged ones. Only the review's own CSP and the Home
 * Office see it.
 */
@IntegrationTest
class ReportComparisonIT {

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
	void theComparisonListsOnlyTheChangedAddedAndRemovedParagraphsWithTheirOldAndNewText() throws Exception {
		long review = this.texts.kentReview();
		long v1 = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version1(), 24).pdf(), "v1.pdf",
				this.kent);
		long v2 = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version2(), 30).pdf(), "v2.pdf",
				this.kent);
		assertThat(this.texts.awaitText(v1).isReady()).isTrue();
		assertThat(this.texts.awaitText(v2).isReady()).isTrue();

		Document page = Pages.parse(this.mvc.perform(get("/reviews/" + review + "/reports/compare").with(this.kent))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(Pages.h1(page)).isEqualTo("Compare report versions");
		assertThat(page.select(".app-change h3")).extracting(Element::ownText, (h) -> h.select(".govuk-tag").text())
			.containsExactly(tuple("Front page", "Changed"), tuple("Paragraph 1.3", "Changed"),
					tuple("Paragraph 4.2", "Added"), tuple("Paragraph 16.2.7", "Changed"),
					tuple("Paragraph 17.2", "Removed"));
		Element changed = change(page, "Paragraph 16.2.7");
		assertThat(changed.select(".app-change__side").get(0).text()).startsWith("Version 1, page")
			.contains("On 3 February 2021 [removed: Adam] told the GP");
		assertThat(changed.select("del").text()).isEqualTo("[removed: Adam]");
		assertThat(changed.select(".app-change__side").get(1).text())
			.contains("On 3 February 2021 [added: Ahmed] told the GP");
		assertThat(changed.select("ins").text()).isEqualTo("[added: Ahmed]");
		assertThat(change(page, "Paragraph 1.3").select("ins").text()).contains("the Senior Investigating Officer");
		assertThat(change(page, "Paragraph 4.2").text()).contains("Ahmed's friend was not contacted");
		assertThat(change(page, "Paragraph 17.2").text()).contains("The panel thanks the family for their courage.");
		int paragraphs = this.jdbc.queryForObject("select paragraph_count from report_text where version_id = ?",
				Integer.class, v1);
		assertThat(page.selectFirst(".app-compare-summary").text())
			.isEqualTo("3 paragraphs changed, 1 added and 1 removed. " + (paragraphs - 4)
					+ " paragraphs are unchanged and not shown.");
		assertThat(page.text()).doesNotContain("16.2.8").doesNotContain("The practice has since trained");

		// the report versions page and the review hub link to it
		Document versions = Pages.parse(this.mvc.perform(get("/reviews/" + review + "/reports").with(this.kent))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(versions.select("a[href=/reviews/" + review + "/reports/compare]").text())
			.isEqualTo("Compare version 2 with version 1");
		assertThat(versions.select("a[href=/reports/" + v1 + "]").text()).startsWith(paragraphs + " paragraphs");
		Document hub = Pages.parse(this.mvc.perform(get("/reviews/" + review).with(this.kent)).andReturn());
		assertThat(hub.select("#reports a[href=/reviews/" + review + "/reports/compare]")).hasSize(1);
	}

	@Test
	void anyTwoVersionsCanBeChosenButOnlyTheReviewsOwn() throws Exception {
		long review = this.texts.kentReview();
		long v1 = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version1(), 24).pdf(), "v1.pdf",
				this.kent);
		long v2 = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version2(), 30).pdf(), "v2.pdf",
				this.kent);
		long v3 = this.texts.upload(review, ReportPdfFixture.write(SalomeReports.version2(), 20).pdf(), "v3.pdf",
				this.kent);
		this.texts.awaitText(v1);
		this.texts.awaitText(v2);
		this.texts.awaitText(v3);
		String compare = "/reviews/" + review + "/reports/compare";

		// the latest against the one before: the same text laid out differently
		Document latest = Pages.parse(this.mvc.perform(get(compare).with(this.kent)).andReturn());
		assertThat(latest.selectFirst("h2").text()).isEqualTo("Version 2 compared with version 3");
		assertThat(latest.select(".app-change")).isEmpty();
		assertThat(latest.text()).contains("No paragraph changed");
		assertThat(Pages.valueOf(latest, "from")).isEqualTo(String.valueOf(v2));

		// chosen the wrong way round, they are compared earlier first
		Document chosen = Pages.parse(this.mvc
			.perform(get(compare).param("from", String.valueOf(v3)).param("to", String.valueOf(v1)).with(this.kent))
			.andReturn());
		assertThat(chosen.selectFirst("h2").text()).isEqualTo("Version 1 compared with version 3");
		assertThat(chosen.select(".app-change")).hasSize(5);

		Document same = Pages.parse(this.mvc
			.perform(get(compare).param("from", String.valueOf(v1)).param("to", String.valueOf(v1)).with(this.kent))
			.andExpect(status().isOk())
			.andReturn());
		Pages.assertErrors(same, "Choose two different versions to compare");
		Pages.assertInlineError(same, "to", "Choose two different versions to compare");

		// another CSP's review, or a version of another review, is not found
		long benVersion = this.jdbc.queryForObject("select v.id from report_version v join review r on r.id = "
				+ "v.review_id where r.reference = 'DEV-DHR-2021-02' limit 1", Long.class);
		this.mvc.perform(get(compare).with(this.users.as(DemoUsers.DEVON))).andExpect(status().isNotFound());
		this.mvc.perform(
				get(compare).param("from", String.valueOf(benVersion)).param("to", String.valueOf(v2)).with(this.kent))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(compare).param("from", "x").param("to", String.valueOf(v2)).with(this.kent))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/" + v1).with(this.users.as(DemoUsers.DEVON))).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/" + v1 + "/text-status").with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(compare).with(this.users.as(DemoUsers.SECRETARIAT))).andExpect(status().isOk());
	}

	private static Element change(Document page, String heading) {
		return page.select(".app-change")
			.stream()
			.filter((change) -> change.selectFirst("h3").ownText().equals(heading))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No change listed for " + heading));
	}

}
