package org.dhrqa.tracker.review;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.dhrqa.tracker.shared.history.Actor;

/**
 * One step of a review through its lifecycle: the date it took effect and who recorded
 * it.
 */
@Entity
@Table(name = "review_stage_change")
class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "review_id")
	private Review review;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage")
	private ReviewStage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_stage")
	private ReviewStage toStage;

	@Column(name = "effective_on")
	private LocalDate effectiveOn;

	@Column(name = "changed_by_user_id")
	private Long changedByUserId;

	@Column(name = "changed_by_name")
	private String changedByName;

	@Column(name = "changed_at")
	private Instant changedAt;

	private String note;

	protected StageChange() {
	}

	/** Put right by the secretariat or an administrator, not a step of the lifecycle. */
	private boolean correction;

	StageChange(Review review, ReviewStage fromStage, ReviewStage toStage, LocalDate effectiveOn, Actor actor,
			Instant changedAt, String note) {
		this(review, fromStage, toStage, effectiveOn, actor, changedAt, note, false);
	}

	StageChange(Review review, ReviewStage fromStage, ReviewStage toStage, LocalDate effectiveOn, Actor actor,
			Instant changedAt, String note, boolean correction) {
		this.correction = correction;
		this.review = review;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.effectiveOn = effectiveOn;
		this.changedByUserId = actor.userId();
		this.changedByName = actor.name();
		this.changedAt = changedAt;
		this.note = note;
	}

	StageChangeView view() {
		return new StageChangeView(this.fromStage, this.toStage, this.effectiveOn, this.changedByName, this.changedAt,
				this.note, this.correction);
	}

}
