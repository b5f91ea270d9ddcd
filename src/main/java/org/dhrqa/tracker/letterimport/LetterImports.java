package org.dhrqa.tracker.letterimport;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.CspSummary;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.document.StoredFile;
import org.dhrqa.tracker.document.StoredFiles;
import org.dhrqa.tracker.letter.ReceivedLetters;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of letters people already have: uploading one (read at once) or pasting its
 * text, reading and correcting the draft, the original file, discarding. Only the
 * secretariat and CSP people import; a CSP person sees only their CSP's imports, and
 * another CSP's is not found.
 */
@Service
@Transactional(readOnly = true)
class LetterImports {

	static final int LIST_LIMIT = 500;

	private final LetterImportRepository repository;

	private final LetterReader reader;

	private final StoredFiles files;

	private final Csps csps;

	private final Reviews reviews;

	private final Clock clock;

	LetterImports(LetterImportRepository repository, LetterReader reader, StoredFiles files, Csps csps, Reviews reviews,
			Clock clock) {
		this.repository = repository;
		this.reader = reader;
		this.files = files;
		this.csps = csps;
		this.reviews = reviews;
		this.clock = clock;
	}

	static void requireImporter(SignedInUser user) {
		if (!ReceivedLetters.mayRecord(user)) {
			throw new AccessDeniedException("Only the QA secretariat and CSP staff import letters");
		}
	}

	static void requireSecretariat(SignedInUser user) {
		if (!user.may(Permission.IMPORT_BACK_CATALOGUE)) {
			throw new AccessDeniedException("Only the QA secretariat imports the back catalogue");
		}
	}

	/**
	 * Reads an uploaded file and keeps it with its draft; a file that cannot be read is
	 * refused and nothing is kept.
	 */
	@Transactional
	Long upload(byte[] content, String filename, Long reviewId, SignedInUser user) {
		requireImporter(user);
		ReviewView review = chosenReview(reviewId, user);
		LetterReader.Reading reading = this.reader.read(content);
		String name = Filenames.safe(filename, "letter");
		StoredFile file = this.files.store(content, name, Filenames.contentType(reading.format()));
		return create(reading, name, file.id(), review, user);
	}

	/** Reads pasted text; the text is kept as the original. */
	@Transactional
	Long paste(String text, Long reviewId, SignedInUser user) {
		requireImporter(user);
		ReviewView review = chosenReview(reviewId, user);
		LetterReader.Reading reading = this.reader.readText(text);
		StoredFile file = this.files.store(text.getBytes(StandardCharsets.UTF_8), "pasted-letter.txt",
				"text/plain;charset=UTF-8");
		return create(reading, "pasted-letter.txt", file.id(), review, user);
	}

	private Long create(LetterReader.Reading reading, String name, Long fileId, ReviewView review, SignedInUser user) {
		LetterImport letterImport = new LetterImport(user, null, name, fileId, this.clock.instant());
		letterImport.parsed(reading, this.clock.instant());
		guessCsp(letterImport, review);
		if (review != null) {
			letterImport.chooseReview(review.id(), null, this.clock.instant());
		}
		return this.repository.save(letterImport).getId();
	}

	/** The secretariat's draft starts with the CSP the letter names, or the review's. */
	void guessCsp(LetterImport letterImport, ReviewView review) {
		if (letterImport.getOwnerCspId() != null) {
			return;
		}
		Long cspId = (review != null) ? review.cspId()
				: CspNames.match(letterImport.getCspName(), this.csps.all()).map(CspSummary::id).orElse(null);
		LetterImport.Draft draft = letterImport.draft();
		letterImport.revise(
				new LetterImport.Draft(draft.letterDate(), draft.meetingDate(), cspId, draft.victimPseudonyms(),
						draft.outcome(), draft.heading(), draft.strengths(), draft.items(), draft.unplaced()),
				this.clock.instant());
	}

	private ReviewView chosenReview(Long reviewId, SignedInUser user) {
		if (reviewId == null) {
			return null;
		}
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		if (!ReceivedLetters.mayRecordFor(user, review.cspId())) {
			throw new AccessDeniedException("Not allowed to import letters for this review");
		}
		return review;
	}

	/** The import, or 404 when it does not exist or is another CSP's. */
	LetterImport load(Long id, SignedInUser user) {
		requireImporter(user);
		return this.repository.findById(id)
			.filter((found) -> found.isVisibleTo(user))
			.orElseThrow(NotFoundException::new);
	}

	ImportView view(Long id, SignedInUser user) {
		return ImportView.of(load(id, user));
	}

	LetterImport.Draft draft(Long id, SignedInUser user) {
		return load(id, user).draft();
	}

	/** Imports this person may see, newest first. */
	List<ImportView> list(SignedInUser user) {
		requireImporter(user);
		List<LetterImport> found = user.isCspUser()
				? this.repository.findVisibleToCsp(user.cspId(), Limit.of(LIST_LIMIT))
				: this.repository.findNewestFirst(Limit.of(LIST_LIMIT));
		return found.stream().map(ImportView::of).toList();
	}

	/** The letters of one back-catalogue upload, in the order they were uploaded. */
	List<ImportView> batch(UUID batchId, SignedInUser user) {
		requireSecretariat(user);
		List<ImportView> rows = this.repository.findByBatchIdOrderByIdAsc(batchId)
			.stream()
			.filter((row) -> row.isVisibleTo(user))
			.map(ImportView::of)
			.toList();
		if (rows.isEmpty()) {
			throw new NotFoundException();
		}
		return rows;
	}

	/** Saves a person's corrections; another CSP cannot be chosen by a CSP person. */
	@Transactional
	void revise(Long id, long expectedVersion, LetterImport.Draft draft, SignedInUser user) {
		LetterImport letterImport = load(id, user);
		if (letterImport.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(LetterImport.class, id);
		}
		if (draft.cspId() != null && this.csps.find(draft.cspId()).isEmpty()) {
			throw new NotFoundException();
		}
		letterImport.revise(draft, this.clock.instant());
		this.repository.saveAndFlush(letterImport);
	}

	@Transactional
	void discard(Long id, SignedInUser user) {
		LetterImport letterImport = load(id, user);
		if (letterImport.getStatus().isOpen()) {
			letterImport.discard(user.name(), this.clock.instant());
		}
	}

	/** The file as uploaded, for someone who may see the import. */
	Optional<StoredFile> original(Long id, SignedInUser user) {
		return this.files.find(load(id, user).getFileId());
	}

	void copyOriginal(Long id, SignedInUser user, OutputStream out) {
		Long fileId = load(id, user).getFileId();
		if (fileId == null) {
			throw new NotFoundException();
		}
		this.files.copyTo(fileId, out);
	}

	/** The CSPs this person may import for: their own, or all for the secretariat. */
	List<CspSummary> cspChoices(SignedInUser user) {
		return this.csps.visibleTo(user);
	}

}
