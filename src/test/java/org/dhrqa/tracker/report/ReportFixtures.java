package org.dhrqa.tracker.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.context.ApplicationContext;

/** Report versions for tests, uploaded through the same checks as the upload page. */
public class ReportFixtures {

	private final ReportVersions versions;

	public ReportFixtures(ApplicationContext context) {
		this.versions = context.getBean(ReportVersions.class);
	}

	public ReportVersionView upload(Long reviewId, byte[] pdf, boolean isFinal, SignedInUser by) {
		try {
			Path file = Files.createTempFile("report-", ".pdf");
			try {
				Files.write(file, pdf);
				return this.versions.upload(reviewId, file, "report.pdf", isFinal, null, by);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
