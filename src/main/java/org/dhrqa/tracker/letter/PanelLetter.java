package org.dhrqa.tracker.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A QA Panel feedback letter. Everything about it can change while it is a DRAFT; issuing
 * fixes it for good (with its PDF), and a correction is a new version that supersedes it
 * with a reason.
 */
@Entity
@Table(name = "panel_letter")
class PanelLetter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "review_id")
	private Long reviewId;

	@Column(name = "meeting_id")
	private Long meetingId;

	@Column(name = "letter_version")
	private int letterVersion;

	@Enumerated(EnumType.STRING)
	private LetterStatus status;

	@Column(name = "letter_date")
	private LocalDate letterDate;

	private String letterhead;

	@Column(name = "addressee_name")
	private String addresseeName;

	@Column(name = "addressee_role")
	private String addresseeRole;

	@Column(name = "addressee_organisation")
	private String addresseeOrganisation;

	@Column(name = "addressee_address")
	private String addresseeAddress;

	private String salutation;

	private String opening;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Column(name = "outcome_text")
	private String outcomeText;

	@Column(name = "list_heading")
	private String listHeading;

	@Column(name = "publication_instructions")
	private String publicationInstructions;

	private String closing;

	@Column(name = "sign_off")
	private String signOff;

	@OneToMany(mappedBy = "letter", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<LetterStrength> strengths = new ArrayList<>();

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "issued_by_user_id")
	private Long issuedByUserId;

	@Column(name = "issued_file_id")
	private Long issuedFileId;

	@Column(name = "received_file_id")
	private Long receivedFileId;

	@Column(name = "supersedes_letter_id")
	private Long supersedesLetterId;

	@Column(name = "supersede_reason")
	private String supersedeReason;

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected PanelLetter() {
	}

	PanelLetter(Long reviewId, Long meetingId, int letterVersion, LetterContent content, List<String> strengths,
			Instant now) {
		this.reviewId = reviewId;
		this.meetingId = meetingId;
		this.letterVersion = letterVersion;
		this.status = LetterStatus.DRAFT;
		apply(content);
		strengths.forEach((text) -> this.strengths.add(new LetterStrength(this, this.strengths.size(), text)));
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A letter that went out before the service kept it, recorded from the copy the CSP
	 * received: issued as of its own date, with that file kept beside it.
	 */
	static PanelLetter received(Long reviewId, Long meetingId, int letterVersion, LetterContent content,
			List<String> strengths, Long receivedFileId, Instant now) {
		if (content.letterDate() == null) {
			throw new IllegalArgumentException("A received letter has a date");
		}
		PanelLetter letter = new PanelLetter(reviewId, meetingId, letterVersion, content, strengths, now);
		letter.status = LetterStatus.ISSUED;
		letter.issuedAt = now;
		letter.receivedFileId = receivedFileId;
		return letter;
	}

	/** A new draft that corrects this issued letter, starting from its words. */
	PanelLetter correction(String reason, Instant now) {
		if (this.status != LetterStatus.ISSUED) {
			throw new IllegalStateException("Only the issued letter can be corrected");
		}
		PanelLetter next = new PanelLetter(this.reviewId, this.meetingId, this.letterVersion + 1, content(),
				strengthTexts(), now);
		next.letterDate = null;
		next.supersedesLetterId = this.id;
		next.supersedeReason = reason;
		return next;
	}

	void edit(LetterContent content, Instant now) {
		requireDraft();
		apply(content);
		this.updatedAt = now;
	}

	LetterStrength addStrength(String text, Instant now) {
		requireDraft();
		LetterStrength strength = new LetterStrength(this, this.strengths.size(), text);
		this.strengths.add(strength);
		this.updatedAt = now;
		return strength;
	}

	/**
	 * Changes one strength's words, unless they changed since the person read them at
	 * {@code expectedVersion}.
	 * @throws StrengthChangedMeanwhileException when they did
	 */
	void editStrength(Long strengthId, long expectedVersion, String text, Instant now) {
		requireDraft();
		LetterStrength strength = strength(strengthId);
		if (strength.getVersion() != expectedVersion) {
			throw new StrengthChangedMeanwhileException(strength.getText(), strength.getVersion());
		}
		strength.edit(text);
		this.updatedAt = now;
	}

	void removeStrength(Long strengthId, long expectedVersion, Instant now) {
		requireDraft();
		LetterStrength strength = strength(strengthId);
		if (strength.getVersion() != expectedVersion) {
			throw new StrengthChangedMeanwhileException(strength.getText(), strength.getVersion());
		}
		this.strengths.remove(strength);
		renumberStrengths();
		this.updatedAt = now;
	}

	void moveStrength(Long strengthId, int direction, Instant now) {
		requireDraft();
		int index = this.strengths.indexOf(strength(strengthId));
		int target = index + Integer.signum(direction);
		if (target >= 0 && target < this.strengths.size()) {
			Collections.swap(this.strengths, index, target);
			renumberStrengths();
			this.updatedAt = now;
		}
	}

	/**
	 * The strength with this id.
	 * @throws StrengthGoneException when the letter has none (removed meanwhile)
	 */
	LetterStrength strength(Long strengthId) {
		return this.strengths.stream()
			.filter((strength) -> strength.getId().equals(strengthId))
			.findFirst()
			.orElseThrow(StrengthGoneException::new);
	}

	private void renumberStrengths() {
		for (int i = 0; i < this.strengths.size(); i++) {
			this.strengths.get(i).placeAt(i);
		}
	}

	/**
	 * Fixes the letter for good: dated (today unless a date was set), with the PDF that
	 * was sent.
	 */
	void issue(LocalDate today, Long byUserId, Instant now) {
		requireDraft();
		if (this.letterDate == null) {
			this.letterDate = today;
		}
		this.status = LetterStatus.ISSUED;
		this.issuedAt = now;
		this.issuedByUserId = byUserId;
		this.updatedAt = now;
	}

	void attachIssuedPdf(Long fileId) {
		if (this.status == LetterStatus.DRAFT || this.issuedFileId != null) {
			throw new IllegalStateException("The PDF is attached once, when the letter is issued");
		}
		this.issuedFileId = fileId;
	}

	void supersede(Instant now) {
		if (this.status != LetterStatus.ISSUED) {
			throw new IllegalStateException("Only an issued letter can be superseded");
		}
		this.status = LetterStatus.SUPERSEDED;
		this.updatedAt = now;
	}

	private void requireDraft() {
		if (this.status != LetterStatus.DRAFT) {
			throw new LetterAlreadyIssuedException();
		}
	}

	private void apply(LetterContent content) {
		this.letterDate = content.letterDate();
		this.letterhead = content.letterhead();
		this.addresseeName = content.addresseeName();
		this.addresseeRole = content.addresseeRole();
		this.addresseeOrganisation = content.addresseeOrganisation();
		this.addresseeAddress = content.addresseeAddress();
		this.salutation = content.salutation();
		this.opening = content.opening();
		this.outcome = content.outcome();
		this.outcomeText = content.outcomeText();
		this.listHeading = content.listHeading();
		this.publicationInstructions = content.publicationInstructions();
		this.closing = content.closing();
		this.signOff = content.signOff();
	}

	LetterContent content() {
		return new LetterContent(this.letterDate, this.letterhead, this.addresseeName, this.addresseeRole,
				this.addresseeOrganisation, this.addresseeAddress, this.salutation, this.opening, this.outcome,
				this.outcomeText, this.listHeading, this.publicationInstructions, this.closing, this.signOff);
	}

	Long getId() {
		return this.id;
	}

	Long getReviewId() {
		return this.reviewId;
	}

	Long getMeetingId() {
		return this.meetingId;
	}

	int getLetterVersion() {
		return this.letterVersion;
	}

	LetterStatus getStatus() {
		return this.status;
	}

	LocalDate getLetterDate() {
		return this.letterDate;
	}

	Outcome getOutcome() {
		return this.outcome;
	}

	List<LetterStrength> getStrengths() {
		return this.strengths;
	}

	List<String> strengthTexts() {
		return this.strengths.stream().map(LetterStrength::getText).toList();
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	Long getIssuedFileId() {
		return this.issuedFileId;
	}

	Long getReceivedFileId() {
		return this.receivedFileId;
	}

	Long getSupersedesLetterId() {
		return this.supersedesLetterId;
	}

	String getSupersedeReason() {
		return this.supersedeReason;
	}

	long getVersion() {
		return this.version;
	}

}
