package org.dhrqa.tracker.letterimport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.review.ReviewType;

/**
 * A letter someone uploaded to be read, and the draft a person checks before it becomes a
 * tracked letter. It is queued, read (or found unreadable), then confirmed or discarded;
 * the draft can change only while it waits for a person.
 */
@Entity
@Table(name = "letter_import")
class LetterImport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ImportStatus status;

	@Column(name = "batch_id")
	private UUID batchId;

	@Column(name = "owner_csp_id")
	private Long ownerCspId;

	@Column(name = "csp_id")
	private Long cspId;

	@Column(name = "uploaded_by_user_id")
	private Long uploadedByUserId;

	@Column(name = "uploaded_by_name")
	private String uploadedByName;

	private String filename;

	@Column(name = "file_id")
	private Long fileId;

	@Column(name = "file_format")
	private String fileFormat;

	@Column(name = "failure_key")
	private String failureKey;

	@Column(name = "original_text")
	private String originalText;

	@Column(name = "letter_date")
	private LocalDate letterDate;

	@Column(name = "meeting_date")
	private LocalDate meetingDate;

	@Column(name = "csp_name")
	private String cspName;

	@Column(name = "victim_pseudonyms")
	private String victimPseudonyms;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Column(name = "list_heading")
	private String listHeading;

	private String letterhead;

	private String addressee;

	private String salutation;

	private String opening;

	@Column(name = "outcome_text")
	private String outcomeText;

	@Column(name = "publication_instructions")
	private String publicationInstructions;

	private String closing;

	@Column(name = "sign_off")
	private String signOff;

	@ElementCollection
	@CollectionTable(name = "letter_import_item", joinColumns = @JoinColumn(name = "import_id"))
	@OrderColumn(name = "position")
	private List<ImportItem> items = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "letter_import_strength", joinColumns = @JoinColumn(name = "import_id"))
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> strengths = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "letter_import_unplaced", joinColumns = @JoinColumn(name = "import_id"))
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> unplaced = new ArrayList<>();

	@Column(name = "review_id")
	private Long reviewId;

	@Column(name = "new_review_reference")
	private String newReviewReference;

	@Enumerated(EnumType.STRING)
	@Column(name = "new_review_type")
	private ReviewType newReviewType;

	@Column(name = "new_review_notified_on")
	private LocalDate newReviewNotifiedOn;

	@Column(name = "letter_id")
	private Long letterId;

	@Column(name = "parsed_at")
	private Instant parsedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by_name")
	private String decidedByName;

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected LetterImport() {
	}

	/**
	 * A file waiting to be read. A CSP person's import belongs to their CSP from the
	 * start; the secretariat's gets its CSP when it is confirmed.
	 */
	LetterImport(SignedInUser uploader, UUID batchId, String filename, Long fileId, Instant now) {
		this.status = ImportStatus.QUEUED;
		this.batchId = batchId;
		this.ownerCspId = uploader.isCspUser() ? uploader.cspId() : null;
		this.cspId = this.ownerCspId;
		this.uploadedByUserId = uploader.id();
		this.uploadedByName = uploader.name();
		this.filename = filename;
		this.fileId = fileId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The draft, as the parser read it. */
	void parsed(LetterReader.Reading reading, Instant now) {
		requireStatus(ImportStatus.QUEUED);
		ParsedLetter letter = reading.letter();
		this.status = ImportStatus.PARSED;
		this.fileFormat = reading.format();
		this.originalText = reading.text();
		this.cspName = limit(letter.csp(), 300);
		ParsedLetter.Sections sections = letter.sections();
		this.letterhead = sections.letterhead();
		this.addressee = sections.addressee();
		this.salutation = limit(sections.salutation(), 300);
		this.opening = sections.opening();
		this.outcomeText = sections.outcomeText();
		this.publicationInstructions = sections.publicationInstructions();
		this.closing = sections.closing();
		this.signOff = sections.signOff();
		List<ImportItem> read = letter.items()
			.stream()
			.map((item) -> new ImportItem(item.text(), limit(item.sectionRef(), SectionRefs.MAX_LENGTH),
					CategoryGuess.of(item.text())))
			.toList();
		apply(new Draft(letter.letterDate(), letter.meetingDate(), this.cspId,
				limit(String.join(", ", letter.victimPseudonyms()), 300), letter.outcome(),
				limit(letter.heading(), 300), letter.strengths(), read, letter.unplaced()));
		this.parsedAt = now;
		this.updatedAt = now;
	}

	/** The file could not be read, for this reason. */
	void failed(String reasonKey, Instant now) {
		requireStatus(ImportStatus.QUEUED);
		this.status = ImportStatus.FAILED;
		this.failureKey = reasonKey;
		this.parsedAt = now;
		this.updatedAt = now;
	}

	/** A person's corrections to the draft. */
	void revise(Draft draft, Instant now) {
		requireStatus(ImportStatus.PARSED);
		apply(draft);
		this.updatedAt = now;
	}

	/** The existing review the letter is about, or the facts of a new one to register. */
	void chooseReview(Long reviewId, NewReview newReview, Instant now) {
		requireStatus(ImportStatus.PARSED);
		this.reviewId = reviewId;
		boolean create = reviewId == null && newReview != null;
		this.newReviewReference = create ? newReview.reference() : null;
		this.newReviewType = create ? newReview.type() : null;
		this.newReviewNotifiedOn = create ? newReview.notifiedOn() : null;
		this.updatedAt = now;
	}

	/** The facts of a review to register when the letter is confirmed. */
	record NewReview(String reference, ReviewType type, LocalDate notifiedOn) {

	}

	/** The new review chosen for the letter, if one is to be registered. */
	NewReview newReview() {
		return (this.newReviewReference != null)
				? new NewReview(this.newReviewReference, this.newReviewType, this.newReviewNotifiedOn) : null;
	}

	/** Recorded as the tracked letter {@code letterId}. */
	void confirmed(Long letterId, Long reviewId, Long cspId, String byName, Instant now) {
		requireStatus(ImportStatus.PARSED);
		this.status = ImportStatus.CONFIRMED;
		this.letterId = letterId;
		this.reviewId = reviewId;
		this.cspId = cspId;
		this.decidedAt = now;
		this.decidedByName = byName;
		this.updatedAt = now;
	}

	void discard(String byName, Instant now) {
		if (!this.status.isOpen()) {
			throw new IllegalStateException("Only an import still waiting can be discarded");
		}
		this.status = ImportStatus.DISCARDED;
		this.decidedAt = now;
		this.decidedByName = byName;
		this.updatedAt = now;
	}

	/**
	 * The secretariat sees every import; CSP people see their CSP's uploads, and the
	 * letters confirmed for their CSP.
	 */
	boolean isVisibleTo(SignedInUser user) {
		if (!user.isCspUser()) {
			return true;
		}
		return Objects.equals(this.ownerCspId, user.cspId())
				|| (this.status == ImportStatus.CONFIRMED && Objects.equals(this.cspId, user.cspId()));
	}

	/**
	 * The rest of the letter's words, as read, kept with the letter when it is recorded.
	 */
	ParsedLetter.Sections sections() {
		return new ParsedLetter.Sections(this.letterhead, this.addressee, this.salutation, this.opening,
				this.outcomeText, this.publicationInstructions, this.closing, this.signOff);
	}

	/** The draft as a person sees and edits it. */
	Draft draft() {
		return new Draft(this.letterDate, this.meetingDate, this.cspId, this.victimPseudonyms, this.outcome,
				this.listHeading, List.copyOf(this.strengths), List.copyOf(this.items), List.copyOf(this.unplaced));
	}

	private void apply(Draft draft) {
		this.letterDate = draft.letterDate();
		this.meetingDate = draft.meetingDate();
		if (this.ownerCspId == null && !Objects.equals(this.cspId, draft.cspId())) {
			// a review chosen for one CSP is no answer for another
			this.cspId = draft.cspId();
			this.reviewId = null;
			this.newReviewReference = null;
			this.newReviewType = null;
			this.newReviewNotifiedOn = null;
		}
		this.victimPseudonyms = draft.victimPseudonyms();
		this.outcome = draft.outcome();
		this.listHeading = draft.heading();
		this.strengths.clear();
		this.strengths.addAll(draft.strengths());
		this.items.clear();
		this.items.addAll(draft.items());
		this.unplaced.clear();
		this.unplaced.addAll(draft.unplaced());
	}

	private void requireStatus(ImportStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("The import is " + this.status + ", not " + expected);
		}
	}

	private static String limit(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	/** What a person checks and corrects before confirming. */
	record Draft(LocalDate letterDate, LocalDate meetingDate, Long cspId, String victimPseudonyms, Outcome outcome,
			String heading, List<String> strengths, List<ImportItem> items, List<String> unplaced) {

		Draft {
			strengths = List.copyOf(strengths);
			items = List.copyOf(items);
			unplaced = List.copyOf(unplaced);
		}

	}

	Long getId() {
		return this.id;
	}

	ImportStatus getStatus() {
		return this.status;
	}

	UUID getBatchId() {
		return this.batchId;
	}

	Long getOwnerCspId() {
		return this.ownerCspId;
	}

	Long getCspId() {
		return this.cspId;
	}

	String getUploadedByName() {
		return this.uploadedByName;
	}

	String getFilename() {
		return this.filename;
	}

	Long getFileId() {
		return this.fileId;
	}

	String getFailureKey() {
		return this.failureKey;
	}

	String getOriginalText() {
		return this.originalText;
	}

	String getCspName() {
		return this.cspName;
	}

	Long getReviewId() {
		return this.reviewId;
	}

	Long getLetterId() {
		return this.letterId;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
