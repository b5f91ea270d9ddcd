package org.dhrqa.tracker.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

import org.hibernate.annotations.OptimisticLock;

import org.dhrqa.tracker.shared.history.Actor;

/**
 * One area for development in a QA letter: the same record is a paragraph of the letter
 * and the CSP's unit of work. Its status changes only through the intent methods below,
 * each recorded as an event on the item's timeline.
 */
@Entity
@Table(name = "feedback_item")
class FeedbackItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "letter_id")
	private Long letterId;

	@Column(name = "review_id")
	private Long reviewId;

	/** The review's CSP, kept by the database, so that lists are scoped in one query. */
	@Column(name = "csp_id", insertable = false, updatable = false)
	private Long cspId;

	/** Its place in the letter's list: moving others renumbers it without changing it. */
	@OptimisticLock(excluded = true)
	private int number;

	private String text;

	@Column(name = "paragraph_ref")
	private String paragraphRef;

	@Enumerated(EnumType.STRING)
	private FeedbackCategory category;

	@Enumerated(EnumType.STRING)
	private FeedbackStatus status;

	@Column(name = "assignee_user_id")
	private Long assigneeUserId;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "response_text")
	private String responseText;

	@Column(name = "addressed_in_version_id")
	private Long addressedInVersionId;

	@Column(name = "addressed_paragraph")
	private String addressedParagraph;

	@Column(name = "responded_by_user_id")
	private Long respondedByUserId;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "decided_by_user_id")
	private Long decidedByUserId;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "carried_from_item_id")
	private Long carriedFromItemId;

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
	@OrderBy("occurredAt asc, id asc")
	private List<FeedbackEvent> events = new ArrayList<>();

	protected FeedbackItem() {
	}

	FeedbackItem(Long letterId, Long reviewId, int number, String text, String paragraphRef, FeedbackCategory category,
			Instant now) {
		this.letterId = letterId;
		this.reviewId = reviewId;
		this.number = number;
		this.text = text;
		this.paragraphRef = paragraphRef;
		this.category = category;
		this.status = FeedbackStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A draft item on a new letter that continues an item of an earlier one. */
	static FeedbackItem carriedFrom(FeedbackItem earlier, Long letterId, int number, Instant now) {
		FeedbackItem item = new FeedbackItem(letterId, earlier.reviewId, number, earlier.text, earlier.paragraphRef,
				earlier.category, now);
		item.carriedFromItemId = earlier.id;
		return item;
	}

	void editDraft(String text, String paragraphRef, FeedbackCategory category, Instant now) {
		requireStatus(FeedbackStatus.DRAFT);
		this.text = text;
		this.paragraphRef = paragraphRef;
		this.category = category;
		this.updatedAt = now;
	}

	void renumber(int number) {
		requireStatus(FeedbackStatus.DRAFT);
		this.number = number;
	}

	/** The letter was issued: the item is now the CSP's to act on. */
	void open(Actor actor, Instant now, String note) {
		move(FeedbackStatus.OPEN, FeedbackEvent.Type.OPENED, actor, now, note);
	}

	/**
	 * Issued in a correction of the letter, continuing {@code earlier} unchanged: takes
	 * over its progress (status, assignee, response, decision) and its timeline continues
	 * here.
	 */
	void continueFrom(FeedbackItem earlier, Actor actor, Instant now, String note) {
		requireStatus(FeedbackStatus.DRAFT);
		this.status = earlier.status;
		this.assigneeUserId = earlier.assigneeUserId;
		this.dueOn = earlier.dueOn;
		this.responseText = earlier.responseText;
		this.addressedInVersionId = earlier.addressedInVersionId;
		this.addressedParagraph = earlier.addressedParagraph;
		this.respondedByUserId = earlier.respondedByUserId;
		this.respondedAt = earlier.respondedAt;
		this.decisionNote = earlier.decisionNote;
		this.decidedByUserId = earlier.decidedByUserId;
		this.decidedAt = earlier.decidedAt;
		this.carriedFromItemId = earlier.id;
		this.updatedAt = now;
		this.events
			.add(new FeedbackEvent(this, FeedbackEvent.Type.CARRIED_FORWARD, actor, now, null, this.status, note));
	}

	void withdraw(Actor actor, Instant now, String reason) {
		if (this.status == FeedbackStatus.WITHDRAWN) {
			return;
		}
		FeedbackStatus from = this.status;
		if (!from.canMoveTo(FeedbackStatus.WITHDRAWN)) {
			throw new IllegalItemTransitionException(from, FeedbackStatus.WITHDRAWN);
		}
		this.status = FeedbackStatus.WITHDRAWN;
		this.updatedAt = now;
		this.events.add(new FeedbackEvent(this, FeedbackEvent.Type.WITHDRAWN, actor, now, from,
				FeedbackStatus.WITHDRAWN, reason));
	}

	void start(Actor actor, Instant now) {
		move(FeedbackStatus.IN_PROGRESS, FeedbackEvent.Type.STARTED, actor, now, null);
	}

	void assign(Long assigneeUserId, String assigneeName, Actor actor, Instant now) {
		requireLive();
		this.assigneeUserId = assigneeUserId;
		this.updatedAt = now;
		this.events.add(new FeedbackEvent(this, FeedbackEvent.Type.ASSIGNED, actor, now, null, null, assigneeName));
	}

	void setDueOn(LocalDate dueOn, String display, Actor actor, Instant now) {
		requireLive();
		this.dueOn = dueOn;
		this.updatedAt = now;
		this.events.add(new FeedbackEvent(this, FeedbackEvent.Type.DUE_DATE_SET, actor, now, null, null, display));
	}

	void comment(String text, Actor actor, Instant now) {
		requireLive();
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A comment needs text");
		}
		this.updatedAt = now;
		this.events.add(new FeedbackEvent(this, FeedbackEvent.Type.COMMENTED, actor, now, null, null, text.trim()));
	}

	/**
	 * The CSP's answer: required text, and where in which report version it was
	 * addressed.
	 */
	void respond(String response, Long reportVersionId, String paragraph, Actor actor, Instant now) {
		if (response == null || response.isBlank()) {
			throw new IllegalArgumentException("A response needs text");
		}
		// a new answer replaces the last decision: the return reason is now history
		this.decisionNote = null;
		this.decidedByUserId = null;
		this.decidedAt = null;
		this.responseText = response.trim();
		this.addressedInVersionId = reportVersionId;
		this.addressedParagraph = (paragraph == null || paragraph.isBlank()) ? null : paragraph.trim();
		this.respondedByUserId = actor.userId();
		this.respondedAt = now;
		move(FeedbackStatus.RESPONDED, FeedbackEvent.Type.RESPONDED, actor, now, this.responseText);
	}

	void accept(String note, Actor actor, Instant now) {
		this.decisionNote = (note == null || note.isBlank()) ? null : note.trim();
		this.decidedByUserId = actor.userId();
		this.decidedAt = now;
		move(FeedbackStatus.ACCEPTED, FeedbackEvent.Type.ACCEPTED, actor, now, this.decisionNote);
	}

	/** Back to the CSP: a reason is required, so they know what is still missing. */
	void returnToCsp(String reason, Actor actor, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Returning an item needs a reason");
		}
		this.decisionNote = reason.trim();
		this.decidedByUserId = actor.userId();
		this.decidedAt = now;
		move(FeedbackStatus.RETURNED, FeedbackEvent.Type.RETURNED, actor, now, this.decisionNote);
	}

	private void move(FeedbackStatus target, FeedbackEvent.Type type, Actor actor, Instant now, String text) {
		FeedbackStatus from = this.status;
		if (!from.canMoveTo(target)) {
			throw new IllegalItemTransitionException(from, target);
		}
		this.status = target;
		this.updatedAt = now;
		this.events.add(new FeedbackEvent(this, type, actor, now, from, target, text));
	}

	private void requireStatus(FeedbackStatus expected) {
		if (this.status != expected) {
			throw new IllegalItemTransitionException(this.status, expected);
		}
	}

	private void requireLive() {
		if (!this.status.isLive()) {
			throw new IllegalItemTransitionException(this.status, this.status);
		}
	}

	/**
	 * Same words, paragraph and category: a correction that leaves this point as it was.
	 */
	boolean sameContentAs(FeedbackItem other) {
		return Objects.equals(this.text, other.text) && Objects.equals(this.paragraphRef, other.paragraphRef)
				&& this.category == other.category;
	}

	Long getId() {
		return this.id;
	}

	Long getLetterId() {
		return this.letterId;
	}

	Long getCspId() {
		return this.cspId;
	}

	Long getReviewId() {
		return this.reviewId;
	}

	int getNumber() {
		return this.number;
	}

	String getText() {
		return this.text;
	}

	String getParagraphRef() {
		return this.paragraphRef;
	}

	FeedbackCategory getCategory() {
		return this.category;
	}

	FeedbackStatus getStatus() {
		return this.status;
	}

	Long getAssigneeUserId() {
		return this.assigneeUserId;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	String getResponseText() {
		return this.responseText;
	}

	Long getAddressedInVersionId() {
		return this.addressedInVersionId;
	}

	String getAddressedParagraph() {
		return this.addressedParagraph;
	}

	String getDecisionNote() {
		return this.decisionNote;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	Instant getRespondedAt() {
		return this.respondedAt;
	}

	Long getCarriedFromItemId() {
		return this.carriedFromItemId;
	}

	long getVersion() {
		return this.version;
	}

	List<FeedbackEvent> getEvents() {
		return this.events;
	}

	/**
	 * When this item's letter opened it, or null for an item a corrected letter carried
	 * over (opened by the earlier letter).
	 */
	Instant openedAt() {
		return this.events.stream()
			.filter((event) -> event.getType() == FeedbackEvent.Type.OPENED)
			.map(FeedbackEvent::getOccurredAt)
			.findFirst()
			.orElse(null);
	}

}
