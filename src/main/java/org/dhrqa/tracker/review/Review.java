package org.dhrqa.tracker.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.history.FieldChange;

@Entity
@Table(name = "review")
class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "csp_id")
	private Long cspId;

	private String reference;

	@Column(name = "victim_pseudonyms")
	private String victimPseudonyms;

	@ElementCollection
	@CollectionTable(name = "review_pseudonym", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<OtherPseudonym> otherPseudonyms = new ArrayList<>();

	@Column(name = "death_month")
	private Integer deathMonth;

	@Column(name = "death_year")
	private Integer deathYear;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_type")
	private ReviewType type;

	@Column(name = "chair_name")
	private String chairName;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "notified_on")
	private LocalDate notifiedOn;

	@Column(name = "decision_on")
	private LocalDate decisionOn;

	@Column(name = "home_office_notified_on")
	private LocalDate homeOfficeNotifiedOn;

	@Column(name = "panel_first_met_on")
	private LocalDate panelFirstMetOn;

	@Column(name = "family_notified_on")
	private LocalDate familyNotifiedOn;

	@Column(name = "submitted_to_qa_on")
	private LocalDate submittedToQaOn;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "published_url")
	private String publishedUrl;

	@Enumerated(EnumType.STRING)
	private ReviewStage stage;

	@OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = false)
	@OrderBy("changedAt asc, id asc")
	private List<StageChange> stageChanges = new ArrayList<>();

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Review() {
	}

	Review(Long cspId, ReviewDetails details, Actor actor, Instant now) {
		this.cspId = cspId;
		apply(details);
		this.stage = ReviewStage.NOTIFIED;
		this.createdAt = now;
		this.updatedAt = now;
		LocalDate effective = (details.notifiedOn() != null) ? details.notifiedOn()
				: LocalDate.ofInstant(now, ZoneId.of("Europe/London"));
		this.stageChanges.add(new StageChange(this, null, ReviewStage.NOTIFIED, effective, actor, now, null));
	}

	/** Corrects the facts; returns what changed, for the history. */
	List<FieldChange> update(ReviewDetails details, Instant now) {
		List<FieldChange> changes = FieldChange.between(details().snapshot(), details.snapshot());
		if (!changes.isEmpty()) {
			apply(details);
			this.updatedAt = now;
		}
		return changes;
	}

	/**
	 * A person records the next stage of the lifecycle. Only stages a person records are
	 * accepted here; the others follow from events ({@link #follow}).
	 */
	void moveTo(ReviewStage target, LocalDate effectiveOn, Actor actor, Instant now, String note) {
		if (!target.isRecordedByPerson() || !this.stage.canMoveTo(target)) {
			throw new IllegalStageChangeException(this.stage, target);
		}
		enter(target, effectiveOn, actor, now, note, false);
	}

	/**
	 * Moves the review along the path the event takes from its stage; returns the stages
	 * entered (none when the event does not move a review at this stage).
	 */
	List<ReviewStage> follow(StageEvent event, LocalDate effectiveOn, Actor actor, Instant now, String note) {
		return follow(event, effectiveOn, effectiveOn, actor, now, note);
	}

	/**
	 * The same, when the stages before the panel's decision took effect on another day
	 * than the decision (a received letter: submitted before the meeting, decided on the
	 * letter's date).
	 */
	List<ReviewStage> follow(StageEvent event, LocalDate decidedOn, LocalDate beforeDecisionOn, Actor actor,
			Instant now, String note) {
		List<ReviewStage> path = event.path(this.stage);
		for (ReviewStage target : path) {
			enter(target, StageEvent.beforeDecision(target) ? beforeDecisionOn : decidedOn, actor, now, note, false);
		}
		return path;
	}

	/**
	 * Puts a wrong stage right: any stage but the current one, with the reason kept on
	 * the timeline.
	 */
	void correct(ReviewStage target, LocalDate effectiveOn, Actor actor, Instant now, String reason) {
		if (target == this.stage || reason == null || reason.isBlank()) {
			throw new IllegalStageChangeException(this.stage, target);
		}
		enter(target, effectiveOn, actor, now, reason.trim(), true);
	}

	private void enter(ReviewStage target, LocalDate effectiveOn, Actor actor, Instant now, String note,
			boolean correction) {
		this.stageChanges.add(new StageChange(this, this.stage, target, effectiveOn, actor, now, note, correction));
		this.stage = target;
		if ((target == ReviewStage.SUBMITTED_TO_QA || target == ReviewStage.RESUBMITTED)
				&& this.submittedToQaOn == null) {
			this.submittedToQaOn = effectiveOn;
		}
		if (target == ReviewStage.PUBLISHED && this.publishedOn == null) {
			this.publishedOn = effectiveOn;
		}
		if ((target == ReviewStage.COMMISSIONED || target == ReviewStage.NOT_PROCEEDING) && this.decisionOn == null) {
			this.decisionOn = effectiveOn;
		}
		this.updatedAt = now;
	}

	private void apply(ReviewDetails details) {
		this.reference = details.reference();
		this.victimPseudonyms = details.victimPseudonyms();
		this.otherPseudonyms.clear();
		this.otherPseudonyms.addAll(details.otherPseudonyms());
		this.deathMonth = details.deathMonth();
		this.deathYear = details.deathYear();
		this.type = details.type();
		this.chairName = details.chairName();
		this.authorName = details.authorName();
		this.notifiedOn = details.notifiedOn();
		this.decisionOn = details.decisionOn();
		this.homeOfficeNotifiedOn = details.homeOfficeNotifiedOn();
		this.panelFirstMetOn = details.panelFirstMetOn();
		this.familyNotifiedOn = details.familyNotifiedOn();
		this.submittedToQaOn = details.submittedToQaOn();
		this.publishedOn = details.publishedOn();
		this.publishedUrl = details.publishedUrl();
	}

	ReviewDetails details() {
		return new ReviewDetails(this.reference, this.victimPseudonyms, this.otherPseudonyms, this.deathMonth,
				this.deathYear, this.type, this.chairName, this.authorName, this.notifiedOn, this.decisionOn,
				this.homeOfficeNotifiedOn, this.panelFirstMetOn, this.familyNotifiedOn, this.submittedToQaOn,
				this.publishedOn, this.publishedUrl);
	}

	/** The register's line for this review, reading none of its collections. */
	RegisterRow registerRow(String cspName) {
		return new RegisterRow(this.id, this.reference, this.victimPseudonyms, cspName, this.stage, this.notifiedOn,
				this.submittedToQaOn, this.publishedOn);
	}

	Long getId() {
		return this.id;
	}

	Long getCspId() {
		return this.cspId;
	}

	ReviewStage getStage() {
		return this.stage;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	List<StageChange> getStageChanges() {
		return this.stageChanges;
	}

	String getReference() {
		return this.reference;
	}

	String getPublishedUrl() {
		return this.publishedUrl;
	}

	String getVictimPseudonyms() {
		return this.victimPseudonyms;
	}

}
