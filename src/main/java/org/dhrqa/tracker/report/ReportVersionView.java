package org.dhrqa.tracker.report;

import java.time.Instant;

import org.dhrqa.tracker.shared.web.FileSizes;

/** A report version as pages and other modules show it. */
public record ReportVersionView(Long id, Long reviewId, int versionNumber, String filename, long sizeBytes,
		String sha256, int pageCount, boolean isFinal, String uploadedBy, Instant uploadedAt, String note,
		Long fileId) {

	public static final long PUBLICATION_LIMIT_BYTES = 20L * 1024 * 1024;

	/** The Home Office asks for the published PDF to be smaller than 20 MB. */
	public boolean overPublicationLimit() {
		return this.sizeBytes >= PUBLICATION_LIMIT_BYTES;
	}

	public String sizeText() {
		return FileSizes.text(this.sizeBytes);
	}

}
