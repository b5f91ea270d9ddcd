package org.dhrqa.tracker.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A meeting of the QA Panel (usually a Wednesday) and the reviews it considers. */
@Entity
@Table(name = "panel_meeting")
class PanelMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_date")
	private LocalDate meetingDate;

	@ElementCollection
	@CollectionTable(name = "panel_meeting_review", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "review_id")
	private Set<Long> reviewIds = new LinkedHashSet<>();

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	protected PanelMeeting() {
	}

	PanelMeeting(LocalDate meetingDate, Instant now) {
		this.meetingDate = meetingDate;
		this.createdAt = now;
	}

	void consider(Long reviewId) {
		this.reviewIds.add(reviewId);
	}

	Long getId() {
		return this.id;
	}

	LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	Set<Long> getReviewIds() {
		return this.reviewIds;
	}

}
