package org.dhrqa.tracker.publication;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.actionplan.PlanAnnex;
import org.dhrqa.tracker.document.StoredFile;
import org.dhrqa.tracker.document.StoredFiles;
import org.dhrqa.tracker.letter.LetterView;
import org.dhrqa.tracker.letter.Letters;
import org.dhrqa.tracker.report.ReportVersionView;
import org.dhrqa.tracker.report.ReportVersions;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication pack: the final report, the action plan annex and the letter in one
 * PDF, assembled from temporary files (not memory) and kept with the review.
 */
@Service
@Transactional(readOnly = true)
public class PublicationPacks {

	private final Publications publications;

	private final PackRows rows;

	private final Reviews reviews;

	private final ReportVersions reports;

	private final Letters letters;

	private final PlanAnnex annex;

	private final StoredFiles files;

	private final PackAssembler assembler;

	private final Clock clock;

	PublicationPacks(Publications publications, PackRows rows, Reviews reviews, ReportVersions reports, Letters letters,
			PlanAnnex annex, StoredFiles files, PackAssembler assembler, Clock clock) {
		this.publications = publications;
		this.rows = rows;
		this.reviews = reviews;
		this.reports = reports;
		this.letters = letters;
		this.annex = annex;
		this.files = files;
		this.assembler = assembler;
		this.clock = clock;
	}

	/** Assembles the single publication PDF and keeps it; returns its id. */
	@Transactional
	public Long assemble(Long reviewId, SignedInUser user) {
		if (!this.publications.canAct(reviewId, user)) {
			throw new AccessDeniedException("Only the CSP and the secretariat assemble the pack");
		}
		Readiness readiness = this.publications.readiness(reviewId, user);
		ReportVersionView report = this.reports.latestFinal(reviewId, user).orElseThrow(PackNotPossibleException::new);
		LetterView letter = this.letters.currentIssued(reviewId, user).orElseThrow(PackNotPossibleException::new);
		if (readiness.blockedByItems()) {
			throw new PackNotPossibleException();
		}
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		Path work = null;
		try {
			work = Files.createTempDirectory("dhr-pack-");
			File reportFile = work.resolve("report.pdf").toFile();
			try (OutputStream out = Files.newOutputStream(reportFile.toPath())) {
				this.reports.download(report.id(), user, out);
			}
			File annexFile = Files.write(work.resolve("annex.pdf"), this.annex.pdf(reviewId, user)).toFile();
			File letterFile = Files.write(work.resolve("letter.pdf"), this.letters.pdf(letter.id(), user)).toFile();
			PackAssembler.Result result = this.assembler.assemble(reportFile, annexFile, letterFile, work,
					"Domestic Homicide Review: " + review.victimPseudonyms() + " (" + review.cspName() + ")");
			StoredFile stored;
			try (var in = Files.newInputStream(result.file())) {
				stored = this.files.store(in,
						("DHR " + review.victimPseudonyms() + " publication.pdf").replaceAll("[^A-Za-z0-9 ._-]", ""),
						"application/pdf");
			}
			Long pack = this.rows.insert(reviewId, stored.id(), stored.sizeBytes(), result.pageCount(), report.id(),
					letter.id(), user.name(), this.clock.instant());
			this.publications.changed(reviewId);
			return pack;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not assemble the publication pack", ex);
		}
		finally {
			deleteQuietly(work);
		}
	}

	/** A pack the person may see (a review's earlier packs included). */
	public Readiness.Pack requirePack(Long packId, SignedInUser user) {
		Long reviewId = this.rows.reviewOf(packId).orElseThrow(NotFoundException::new);
		Readiness readiness = this.publications.readiness(reviewId, user);
		if (readiness.pack() != null && readiness.pack().id().equals(packId)) {
			return readiness.pack();
		}
		return this.rows.byId(packId).orElseThrow(NotFoundException::new);
	}

	/** "DHR Salome publication pack 2026-11-29.pdf": named after its review and day. */
	public String filename(Long packId, SignedInUser user) {
		Readiness.Pack pack = requirePack(packId, user);
		Long reviewId = this.rows.reviewOf(packId).orElseThrow(NotFoundException::new);
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		return ("DHR " + review.victimPseudonyms() + " publication pack "
				+ pack.assembledAt().atZone(ZoneId.of("Europe/London")).toLocalDate() + ".pdf")
			.replaceAll("[^A-Za-z0-9 ._-]", "");
	}

	public void download(Long packId, SignedInUser user, OutputStream out) {
		requirePack(packId, user);
		this.files.copyTo(this.rows.fileOf(packId), out);
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (var paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// temporary files only
		}
	}

}
