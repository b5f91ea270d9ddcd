package org.dhrqa.tracker.dashboard;

import org.dhrqa.tracker.actionplan.ActionPlanChanged;
import org.dhrqa.tracker.feedback.FeedbackItemChanged;
import org.dhrqa.tracker.feedback.FeedbackItemDecided;
import org.dhrqa.tracker.letter.LetterIssued;
import org.dhrqa.tracker.publication.PublicationChanged;
import org.dhrqa.tracker.report.ReportVersionUploaded;
import org.dhrqa.tracker.review.ReviewChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's rows current: whatever changes a review's figures, its row is
 * worked out again after the change has committed, on the listeners' own thread.
 */
@Component
class DashboardEvents {

	private final DashboardRowWriter rows;

	DashboardEvents(DashboardRowWriter rows) {
		this.rows = rows;
	}

	@ApplicationModuleListener
	void on(ReviewChanged event) {
		this.rows.refresh(event.reviewId());
	}

	@ApplicationModuleListener
	void on(LetterIssued event) {
		this.rows.refresh(event.reviewId());
	}

	@ApplicationModuleListener
	void on(FeedbackItemChanged event) {
		this.rows.refresh(event.reviewId());
	}

	@ApplicationModuleListener
	void on(FeedbackItemDecided event) {
		this.rows.refresh(event.reviewId());
	}

	@ApplicationModuleListener
	void on(ReportVersionUploaded event) {
		this.rows.refresh(event.reviewId());
	}

	@ApplicationModuleListener
	void on(ActionPlanChanged event) {
		this.rows.refresh(event.reviewId());
	}

	@ApplicationModuleListener
	void on(PublicationChanged event) {
		this.rows.refresh(event.reviewId());
	}

}
