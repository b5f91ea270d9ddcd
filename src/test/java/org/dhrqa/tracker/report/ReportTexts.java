package org.dhrqa.tracker.report;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Helpers for the report integration tests: reviews, uploads, waiting for the text. */
final class ReportTexts {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final TextExtraction extraction;

	private final ReportTextStore store;

	ReportTexts(MockMvc mvc, JdbcTemplate jdbc, TextExtraction extraction, ReportTextStore store) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.extraction = extraction;
		this.store = store;
	}

	/** A new Kent review, with Ahmed among its pseudonyms. */
	long kentReview() {
		Long kent = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
		Long review = this.jdbc.queryForObject(
				"insert into review (csp_id, reference, victim_pseudonyms, review_type, stage) "
						+ "values (?, ?, 'Iris', 'HOMICIDE', 'FEEDBACK_ISSUED') returning id",
				Long.class, kent, "KM-R-" + UUID.randomUUID().toString().substring(0, 8));
		this.jdbc.update("insert into review_pseudonym (review_id, position, pseudonym, role) "
				+ "values (?, 0, 'Ahmed', 'Perpetrator')", review);
		return review;
	}

	/** Uploads a PDF as {@code as} and returns the new version's id. */
	long upload(long review, byte[] pdf, String filename, RequestPostProcessor as) throws Exception {
		this.mvc
			.perform(multipart("/reviews/" + review + "/reports")
				.file(new MockMultipartFile("file", filename, "application/pdf", pdf))
				.with(csrf())
				.with(as))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject(
				"select id from report_version where review_id = ? order by version_number desc limit 1", Long.class,
				review);
	}

	/**
	 * Waits until the version's text is read (or failed), helping the background worker
	 * along; several workers may run, and each version is claimed once.
	 */
	TextStatus awaitText(long versionId) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (true) {
			this.extraction.drain();
			TextStatus status = this.store.status(versionId).orElseThrow();
			if (!status.isWorking()) {
				return status;
			}
			if (System.currentTimeMillis() > deadline) {
				fail("The text of version " + versionId + " was not read within a minute: " + status);
			}
			Thread.sleep(100);
		}
	}

}
