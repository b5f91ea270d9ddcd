package org.dhrqa.tracker.feedback;

import java.time.Instant;

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
 * One thing that happened to an item: opened, assigned, commented, responded, accepted,
 * returned.
 */
@Entity
@Table(name = "feedback_item_event")
class FeedbackEvent {

	enum Type {

		OPENED, ASSIGNED, DUE_DATE_SET, COMMENTED, STARTED, RESPONDED, ACCEPTED, RETURNED, CARRIED_FORWARD, WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id")
	private FeedbackItem item;

	@Enumerated(EnumType.STRING)
	@Column(name = "event_type")
	private Type type;

	@Column(name = "actor_user_id")
	private Long actorUserId;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private FeedbackStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private FeedbackStatus toStatus;

	private String text;

	protected FeedbackEvent() {
	}

	FeedbackEvent(FeedbackItem item, Type type, Actor actor, Instant at, FeedbackStatus from, FeedbackStatus to,
			String text) {
		this.item = item;
		this.type = type;
		this.actorUserId = actor.userId();
		this.actorName = actor.name();
		this.occurredAt = at;
		this.fromStatus = from;
		this.toStatus = to;
		this.text = text;
	}

	Type getType() {
		return this.type;
	}

	String getActorName() {
		return this.actorName;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	FeedbackStatus getToStatus() {
		return this.toStatus;
	}

	String getText() {
		return this.text;
	}

}
