package org.dhrqa.tracker.review;

import java.util.List;

import static org.dhrqa.tracker.review.ReviewStage.APPROVED_FOR_PUBLICATION;
import static org.dhrqa.tracker.review.ReviewStage.FEEDBACK_ISSUED;
import static org.dhrqa.tracker.review.ReviewStage.PUBLISHED;
import static org.dhrqa.tracker.review.ReviewStage.RESUBMITTED;
import static org.dhrqa.tracker.review.ReviewStage.REVISING;
import static org.dhrqa.tracker.review.ReviewStage.SUBMITTED_TO_QA;

/**
 * What happens elsewhere in the service that moves a review on. The stages that record a
 * QA decision are entered only through these: nobody chooses them on a form.
 */
public enum StageEvent {

	/** The secretariat issued a letter asking for changes or a resubmission. */
	LETTER_ISSUED,

	/** The secretariat issued a letter approving the report as it is. */
	APPROVED_LETTER_ISSUED,

	/** The secretariat accepted the last area of a letter approved subject to changes. */
	LAST_AREA_ACCEPTED,

	/** The CSP sent the revised report back to the panel after a "resubmit" letter. */
	RESUBMISSION,

	/** The CSP recorded the web address where the report is published. */
	PUBLICATION_RECORDED;

	/**
	 * The stages the review passes through when this happens at {@code from}, in order;
	 * empty when the event does not move a review at that stage (a corrected letter
	 * issued while the CSP is revising, say).
	 */
	List<ReviewStage> path(ReviewStage from) {
		return switch (this) {
			case LETTER_ISSUED -> withPanel(from) ? List.of(FEEDBACK_ISSUED) : List.of();
			case APPROVED_LETTER_ISSUED -> withPanel(from) ? List.of(FEEDBACK_ISSUED, APPROVED_FOR_PUBLICATION)
					: revising(from) ? List.of(APPROVED_FOR_PUBLICATION) : List.of();
			case LAST_AREA_ACCEPTED -> revising(from) ? List.of(APPROVED_FOR_PUBLICATION) : List.of();
			case RESUBMISSION -> (from == FEEDBACK_ISSUED) ? List.of(REVISING, RESUBMITTED)
					: (from == REVISING) ? List.of(RESUBMITTED) : List.of();
			case PUBLICATION_RECORDED -> (from == APPROVED_FOR_PUBLICATION) ? List.of(PUBLISHED) : List.of();
		};
	}

	private static boolean withPanel(ReviewStage stage) {
		return stage == SUBMITTED_TO_QA || stage == RESUBMITTED;
	}

	private static boolean revising(ReviewStage stage) {
		return stage == FEEDBACK_ISSUED || stage == REVISING;
	}

}
