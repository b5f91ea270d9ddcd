package org.dhrqa.tracker.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A review keeps each report file once, so a version uploaded earlier is made the final
 * one where it is, and only one version is ever final.
 */
@IntegrationTest
class FinalVersionIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	SignedInUser kent;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
	}

	@Test
	void anEarlierVersionIsMadeFinalWithoutUploadingItAgain() throws Exception {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-FINAL"), "Ursula",
				LocalDate.of(2024, 3, 4), this.kent);
		byte[] first = TestPdfs.report(3);
		ReportVersionView one = this.fixtures.reports.upload(review, first, false, this.kent);
		ReportVersionView two = this.fixtures.reports.upload(review, TestPdfs.report(4), true, this.kent);
		assertThat(finals(review)).containsExactly(2);

		// uploading version 1's file again says where it is and how to make it final
		MvcResult page = this.mvc
			.perform(multipart("/reviews/" + review + "/reports")
				.file(new MockMultipartFile("file", "again.pdf", "application/pdf", first))
				.param("finalVersion", "true")
				.with(csrf())
				.with(user(this.kent)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Pages.parse(page).select(".govuk-error-summary").text())
			.contains("This file is already version 1 of the report")
			.contains("open version 1 and make it final there");

		assertThat(Pages
			.parse(this.mvc.perform(get("/reports/" + one.id()).with(user(this.kent)))
				.andExpect(status().isOk())
				.andReturn())
			.select("form[action=/reports/" + one.id() + "/final] button")
			.text()).isEqualTo("Make version 1 the final version");

		this.mvc.perform(post("/reports/" + one.id() + "/final").with(csrf()).with(user(this.kent)))
			.andExpect(redirectedUrl("/reports/" + one.id()));
		assertThat(finals(review)).containsExactly(1);
		assertThat(this.context.getBean(ReportVersions.class).latestFinal(review, this.kent).map(ReportVersionView::id))
			.hasValue(one.id());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from change_history where review_id = ? and field = 'report.finalVersion'",
				Integer.class, review))
			.isEqualTo(1);

		// the final version offers no button; the other one does
		assertThat(Pages.parse(this.mvc.perform(get("/reports/" + one.id()).with(user(this.kent))).andReturn())
			.select("form[action$=/final]")).isEmpty();
		assertThat(two.versionNumber()).isEqualTo(2);
	}

	@Test
	void onlyThoseWhoUploadForTheReviewMayChooseItsFinalVersion() throws Exception {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-FINAL"), "Vera",
				LocalDate.of(2024, 3, 4), this.kent);
		ReportVersionView one = this.fixtures.reports.upload(review, TestPdfs.report(2), false, this.kent);

		this.mvc
			.perform(post("/reports/" + one.id() + "/final").with(csrf())
				.with(user(this.fixtures.user(DemoUsers.DEVON))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/reports/" + one.id() + "/final").with(csrf())
				.with(user(this.fixtures.user(DemoUsers.MANAGER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/reports/" + one.id() + "/final").with(user(this.kent)))
			.andExpect(status().isForbidden());
		assertThat(finals(review)).isEmpty();
	}

	private List<Integer> finals(Long review) {
		return this.jdbc.queryForList(
				"select version_number from report_version where review_id = ? and is_final order by version_number",
				Integer.class, review);
	}

}
