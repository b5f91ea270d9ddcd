package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dhrqa.tracker.shared.history.Actor;

/**
 * One action that carries out a recommendation, with the trail of its implementation
 * updates.
 */
@Entity
@Table(name = "plan_action")
class PlanAction {

	static final int TEXT_MAX = 5000;

	static final int LEAD_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recommendation_id")
	private Recommendation recommendation;

	private int position;

	@Column(name = "action_text")
	private String actionText;

	@Column(name = "lead_agency")
	private String leadAgency;

	@Column(name = "key_milestones")
	private String keyMilestones;

	@Column(name = "target_date")
	private LocalDate targetDate;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Column(name = "completion_outcome")
	private String completionOutcome;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by_name")
	private String updatedByName;

	// the updates of every action of a plan load in one statement, not one each
	@OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("updateDate asc, createdAt asc")
	private List<ImplementationUpdate> updates = new ArrayList<>();

	protected PlanAction() {
	}

	PlanAction(Recommendation recommendation, int position, ActionDetails details, String byName, Instant now) {
		this.recommendation = recommendation;
		this.position = position;
		apply(details);
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedByName = byName;
	}

	void edit(ActionDetails details, String byName, Instant now) {
		apply(details);
		this.updatedAt = now;
		this.updatedByName = byName;
		this.recommendation.getPlan().touched(now);
	}

	private void apply(ActionDetails details) {
		this.actionText = details.actionText();
		this.leadAgency = details.leadAgency();
		this.keyMilestones = details.keyMilestones();
		this.targetDate = details.targetDate();
		this.completedOn = details.completedOn();
		this.completionOutcome = details.completionOutcome();
		this.status = (details.completedOn() != null) ? ActionStatus.COMPLETE : details.status();
	}

	/** Appends an update; a status change it records becomes the action's status. */
	void addUpdate(LocalDate date, String text, ActionStatus newStatus, Actor actor, Instant now) {
		ActionStatus from = this.status;
		ActionStatus to = (newStatus != null && newStatus != from) ? newStatus : null;
		this.updates.add(new ImplementationUpdate(this, date, actor.userId(), actor.name(), text,
				(to != null) ? from : null, to, now));
		if (to != null) {
			this.status = to;
			if (to == ActionStatus.COMPLETE && this.completedOn == null) {
				this.completedOn = date;
			}
		}
		this.updatedAt = now;
		this.recommendation.getPlan().touched(now);
	}

	/** Past its target date and not complete. */
	boolean isOverdue(LocalDate today) {
		return isOverdue(this.status, this.targetDate, today);
	}

	/** An action not complete whose target date has passed. */
	static boolean isOverdue(ActionStatus status, LocalDate targetDate, LocalDate today) {
		return status != ActionStatus.COMPLETE && targetDate != null && targetDate.isBefore(today);
	}

	/** The day of the latest update, or the day the action was added when it has none. */
	LocalDate lastUpdated(ZoneId zone) {
		return lastUpdated(this.updates.stream().map(ImplementationUpdate::getUpdateDate), zone);
	}

	/**
	 * The day of the latest of these update days, or the day the action was added when
	 * there are none.
	 */
	LocalDate lastUpdated(Stream<LocalDate> updateDays, ZoneId zone) {
		return lastUpdated(updateDays.max(Comparator.naturalOrder()).orElse(null), this.createdAt, zone);
	}

	/**
	 * The day of an action's latest update ({@code latestUpdate}, null with none), or the
	 * day it was added when it has none.
	 */
	static LocalDate lastUpdated(LocalDate latestUpdate, Instant createdAt, ZoneId zone) {
		return (latestUpdate != null) ? latestUpdate : LocalDate.ofInstant(createdAt, zone);
	}

	ActionDetails details() {
		return new ActionDetails(this.actionText, this.leadAgency, this.keyMilestones, this.targetDate,
				this.completedOn, this.completionOutcome, this.status);
	}

	Long getId() {
		return this.id;
	}

	Recommendation getRecommendation() {
		return this.recommendation;
	}

	int getPosition() {
		return this.position;
	}

	ActionStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedByName() {
		return this.updatedByName;
	}

	List<ImplementationUpdate> getUpdates() {
		return this.updates;
	}

}
