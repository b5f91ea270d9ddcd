package org.dhrqa.tracker.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.document.StoredFile;
import org.dhrqa.tracker.document.StoredFiles;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.database.UniqueKeys;
import org.dhrqa.tracker.shared.history.ChangeHistory;
import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.web.NotFoundException;
import org.dhrqa.tracker.shared.web.RequestMemo;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A review's report versions. An upload is checked before anything is kept: it must be a
 * PDF that PDFBox can open, not encrypted, within the size limit (dhr.report.max-size, 50
 * MB by default). PDFBox reads it from a temporary file, so a large report never sits in
 * memory whole. Its text is queued to be read in the background.
 */
@Service
@Transactional(readOnly = true)
public class ReportVersions {

	/** The unique index on a review's files (V87). */
	static final String FILE_KEY = "report_version_review_file_uk";

	private final ReportVersionRepository repository;

	private final StoredFiles files;

	private final Reviews reviews;

	private final ApplicationEventPublisher events;

	private final ChangeHistory history;

	private final Clock clock;

	private final DataSize maxSize;

	private final ReportTextStore texts;

	ReportVersions(ReportVersionRepository repository, StoredFiles files, Reviews reviews, Clock clock,
			@Value("${dhr.report.max-size:50MB}") DataSize maxSize, ReportTextStore texts,
			ApplicationEventPublisher events, ChangeHistory history) {
		this.history = history;
		this.repository = repository;
		this.files = files;
		this.reviews = reviews;
		this.clock = clock;
		this.maxSize = maxSize;
		this.texts = texts;
		this.events = events;
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

	public List<ReportVersionView> of(Long reviewId, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return RequestMemo.get("report-versions", reviewId, this::versionsOf);
	}

	private List<ReportVersionView> versionsOf(Long reviewId) {
		List<ReportVersion> versions = this.repository.findByReviewIdOrderByVersionNumberDesc(reviewId);
		Map<Long, StoredFile> files = this.files.findAll(versions.stream().map(ReportVersion::getFileId).toList());
		return versions.stream().map((version) -> view(version, files.get(version.getFileId()))).toList();
	}

	/** The newest version marked final, if any (for the publication pack). */
	public Optional<ReportVersionView> latestFinal(Long reviewId, SignedInUser user) {
		return of(reviewId, user).stream().filter(ReportVersionView::isFinal).findFirst();
	}

	public ReportVersionView requireVisible(Long versionId, SignedInUser user) {
		ReportVersion version = this.repository.findById(versionId).orElseThrow(NotFoundException::new);
		this.reviews.requireVisible(version.getReviewId(), user);
		return view(version);
	}

	/**
	 * Checks and keeps an uploaded report. {@code upload} is a temporary file holding the
	 * bytes; nothing is stored unless every check passes.
	 */
	@Transactional
	public ReportVersionView upload(Long reviewId, Path upload, String originalFilename, boolean isFinal, String note,
			SignedInUser user) throws IOException {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		user.require(Permission.UPLOAD_REPORTS, review.cspId());
		long size = Files.size(upload);
		if (size == 0) {
			throw new ReportUploadException("report.upload.empty");
		}
		if (size > this.maxSize.toBytes()) {
			throw new ReportUploadException("report.upload.tooLarge", this.maxSize.toMegabytes());
		}
		int pages = pageCount(upload);
		String sha256 = sha256(upload);
		this.repository.lockUploads(reviewId);
		Optional<ReportVersion> same = this.repository.findByReviewIdAndSha256(reviewId, sha256);
		if (same.isPresent()) {
			throw new ReportUploadException("report.upload.duplicate", same.get().getVersionNumber());
		}
		int number = nextNumber(reviewId);
		String filename = cleanFilename(originalFilename, review, number);
		StoredFile stored;
		try (InputStream in = Files.newInputStream(upload)) {
			stored = this.files.store(in, filename, "application/pdf");
		}
		ReportVersion version = saved(new ReportVersion(reviewId, number, stored.id(), pages, isFinal, user.id(),
				user.name(), this.clock.instant(), (note == null || note.isBlank()) ? null : note.trim(), sha256));
		// its text is read in the background, once this upload is committed
		this.texts.enqueue(version.getId(), pages);
		this.events.publishEvent(
				new ReportVersionUploaded(version.getId(), reviewId, version.getVersionNumber(), version.isFinal()));
		return view(version);
	}

	/**
	 * Makes an uploaded version the final one, so the same file need not be uploaded
	 * again to mark it; any other version stops being final.
	 */
	@Transactional
	public void markFinal(Long versionId, SignedInUser user) {
		ReportVersion chosen = this.repository.findById(versionId).orElseThrow(NotFoundException::new);
		ReviewView review = this.reviews.requireVisible(chosen.getReviewId(), user);
		user.require(Permission.UPLOAD_REPORTS, review.cspId());
		this.repository.lockUploads(review.id());
		String before = this.repository.findByReviewIdOrderByVersionNumberDesc(review.id())
			.stream()
			.filter(ReportVersion::isFinal)
			.map((version) -> String.valueOf(version.getVersionNumber()))
			.findFirst()
			.orElse(null);
		for (ReportVersion version : this.repository.findByReviewIdOrderByVersionNumberDesc(review.id())) {
			version.setFinal(version.getId().equals(versionId));
		}
		this.history.record("review", review.id(), review.id(), user.actor(),
				List.of(new FieldChange("report.finalVersion", before, String.valueOf(chosen.getVersionNumber()))));
		this.events.publishEvent(new ReportVersionMarkedFinal(chosen.getId(), review.id(), chosen.getVersionNumber()));
	}

	public void download(Long versionId, SignedInUser user, OutputStream out) {
		ReportVersionView version = requireVisible(versionId, user);
		this.files.copyTo(version.fileId(), out);
	}

	/**
	 * Saves now; should the same file have been kept for the review a moment ago by
	 * another node's request, the person is told what a slower duplicate is told.
	 */
	private ReportVersion saved(ReportVersion version) {
		try {
			return this.repository.saveAndFlush(version);
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueKeys.breached(ex, FILE_KEY)) {
				int existing = this.repository.findByReviewIdAndSha256(version.getReviewId(), version.getSha256())
					.map(ReportVersion::getVersionNumber)
					.orElse(version.getVersionNumber());
				throw new ReportUploadException("report.upload.duplicate", existing);
			}
			throw ex;
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private int nextNumber(Long reviewId) {
		return this.repository.findByReviewIdOrderByVersionNumberDesc(reviewId)
			.stream()
			.findFirst()
			.map((v) -> v.getVersionNumber() + 1)
			.orElse(1);
	}

	static int pageCount(Path pdf) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()))) {
			if (document.isEncrypted()) {
				throw new ReportUploadException("report.upload.encrypted");
			}
			int pages = PdfPages.counted(document);
			if (pages == 0) {
				throw new ReportUploadException("report.upload.noPages");
			}
			return pages;
		}
		catch (InvalidPasswordException ex) {
			throw new ReportUploadException("report.upload.encrypted");
		}
		catch (IOException ex) {
			throw new ReportUploadException("report.upload.notPdf");
		}
	}

	private static String cleanFilename(String original, ReviewView review, int number) {
		String base = (original == null || original.isBlank()) ? review.victimPseudonyms() + " report v" + number
				: original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		if (!base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			base = base + ".pdf";
		}
		return (base.length() > 200) ? base.substring(base.length() - 200) : base;
	}

	private ReportVersionView view(ReportVersion version) {
		return view(version, this.files.find(version.getFileId()).orElseThrow());
	}

	private static ReportVersionView view(ReportVersion version, StoredFile file) {
		return new ReportVersionView(version.getId(), version.getReviewId(), version.getVersionNumber(),
				file.filename(), file.sizeBytes(), file.sha256(), version.getPageCount(), version.isFinal(),
				version.getUploadedByName(), version.getUploadedAt(), version.getNote(), file.id());
	}

}
