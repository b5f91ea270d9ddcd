package org.dhrqa.tracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.document.StoredFiles;

import org.springframework.stereotype.Component;

/**
 * Reads the text of waiting report versions, one at a time: claims a version, copies its
 * PDF to a temporary file, reads it page by page (recording progress on the queue row),
 * splits it into paragraphs and keeps them. A failure is recorded with a message for the
 * people waiting, never retried in a loop.
 */
@Component
class TextExtraction {

	/** A version whose reading was taken over this often (its nodes died) is given up. */
	static final int MAX_ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

	private final ReportTextStore store;

	private final StoredFiles files;

	TextExtraction(ReportTextStore store, StoredFiles files) {
		this.store = store;
		this.files = files;
	}

	/** Reads every waiting version; returns how many it dealt with. */
	int drain() {
		this.store.enqueueMissing();
		int done = 0;
		while (runOne()) {
			done++;
		}
		return done;
	}

	/** Reads one waiting version, if there is one. */
	boolean runOne() {
		Optional<ReportTextStore.Claim> claimed = this.store.claim(UUID.randomUUID().toString());
		if (claimed.isEmpty()) {
			return false;
		}
		ReportTextStore.Claim claim = claimed.get();
		if (claim.attempts() > MAX_ATTEMPTS) {
			this.store.fail(claim, "report.text.failed.gaveUp");
			return true;
		}
		Path pdf = null;
		try {
			pdf = Files.createTempFile("dhr-report-text-", ".pdf");
			try (OutputStream out = Files.newOutputStream(pdf)) {
				this.files.copyTo(claim.fileId(), out);
			}
			List<List<String>> pages = PdfPages.read(pdf, (done, total) -> {
				if (!this.store.progress(claim, done, total)) {
					throw new ClaimLostException();
				}
			});
			if (pages.stream().flatMap(List::stream).allMatch(String::isBlank)) {
				this.store.fail(claim, "report.text.failed.noText");
				return true;
			}
			if (!this.store.complete(claim, ParagraphSplitter.split(pages))) {
				log.info("Report version {} was read by another worker meanwhile", claim.versionId());
			}
		}
		catch (ClaimLostException ex) {
			log.info("Stopped reading report version {}: another worker took it over", claim.versionId());
		}
		catch (IOException ex) {
			log.warn("Could not read the text of report version {}", claim.versionId(), ex);
			this.store.fail(claim, "report.text.failed.unreadable");
		}
		catch (RuntimeException ex) {
			log.error("Reading the text of report version {} failed", claim.versionId(), ex);
			this.store.fail(claim, "report.text.failed.unexpected");
		}
		finally {
			deleteQuietly(pdf);
		}
		return true;
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary file {}", file, ex);
		}
	}

	/** The claim went to another worker (this one was too slow to beat). */
	private static final class ClaimLostException extends RuntimeException {

		ClaimLostException() {
			super("The claim on this report version was lost", null, false, false);
		}

	}

}
