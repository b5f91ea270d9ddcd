package org.dhrqa.tracker.actionplan;

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

import org.hibernate.annotations.Immutable;

/**
 * A dated account of progress on an action. Appended, never changed: a correction is a
 * new update.
 */
@Entity
@Immutable
@Table(name = "implementation_update")
class ImplementationUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_id")
	private PlanAction action;

	@Column(name = "update_date")
	private LocalDate updateDate;

	@Column(name = "author_user_id")
	private Long authorUserId;

	@Column(name = "author_name")
	private String authorName;

	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_from")
	private ActionStatus statusFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_to")
	private ActionStatus statusTo;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ImplementationUpdate() {
	}

	ImplementationUpdate(PlanAction action, LocalDate updateDate, Long authorUserId, String authorName, String text,
			ActionStatus statusFrom, ActionStatus statusTo, Instant createdAt) {
		this.action = action;
		this.updateDate = updateDate;
		this.authorUserId = authorUserId;
		this.authorName = authorName;
		this.text = text;
		this.statusFrom = statusFrom;
		this.statusTo = statusTo;
		this.createdAt = createdAt;
	}

	UpdateView view() {
		return new UpdateView(this.id, this.updateDate, this.authorName, this.text, this.statusFrom, this.statusTo,
				this.createdAt);
	}

	LocalDate getUpdateDate() {
		return this.updateDate;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
