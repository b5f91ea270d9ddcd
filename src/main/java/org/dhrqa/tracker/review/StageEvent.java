package org.dhrqa.tracker.review;

import java.util.ArrayList;
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
	PUBLICATION_RECORDED,

	/**
	 * A letter received before the service kept letters was recorded (imported): the
	 * review catches up with it, through the stages before the panel if need be.
	 */
	RECEIVED_LETTER_RECORDED,

	/** The same for a received letter that approved the report. */
	RECEIVED_APPROVED_LETTER_RECORDED;

	/** Stages a review passes through before the panel, in order. */
	private static final List<ReviewStage> BEFORE_PANEL = List.of(ReviewStage.NOTIFIED, ReviewStage.DECISION_PENDING,
			ReviewStage.COMMISSIONED, ReviewStage.IN_PROGRESS, SUBMITTED_TO_QA);

	/**
	 * The stages the review passes through when this happens at {@code from}, in order;
	 * empty when the event does not move a review at that stage (a corrected letter
	 * issued while the CSP is revising, say).
	 */
	public List<ReviewStage> path(ReviewStage from) {
		return switch (this) {
			case LETTER_ISSUED -> withPanel(from) ? List.of(FEEDBACK_ISSUED) : List.of();
			case APPROVED_LETTER_ISSUED -> withPanel(from) ? List.of(FEEDBACK_ISSUED, APPROVED_FOR_PUBLICATION)
					: revising(from) ? List.of(APPROVED_FOR_PUBLICATION) : List.of();
			case LAST_AREA_ACCEPTED -> revising(from) ? List.of(APPROVED_FOR_PUBLICATION) : List.of();
			case RESUBMISSION -> (from == FEEDBACK_ISSUED) ? List.of(REVISING, RESUBMITTED)
					: (from == REVISING) ? List.of(RESUBMITTED) : List.of();
			case PUBLICATION_RECORDED -> (from == APPROVED_FOR_PUBLICATION) ? List.of(PUBLISHED) : List.of();
			case RECEIVED_LETTER_RECORDED -> catchUp(from, List.of(FEEDBACK_ISSUED));
			case RECEIVED_APPROVED_LETTER_RECORDED -> revising(from) ? List.of(APPROVED_FOR_PUBLICATION)
					: catchUp(from, List.of(FEEDBACK_ISSUED, APPROVED_FOR_PUBLICATION));
		};
	}

	/**
	 * From a stage before the panel (or resubmitted), on through the panel to the letter.
	 */
	private static List<ReviewStage> catchUp(ReviewStage from, List<ReviewStage> decision) {
		List<ReviewStage> path = new ArrayList<>();
		if (from == RESUBMITTED) {
			path.addAll(decision);
			return path;
		}
		int at = BEFORE_PANEL.indexOf(from);
		if (at < 0) {
			return List.of();
		}
		ReviewStage stage = from;
		for (ReviewStage next : BEFORE_PANEL.subList(at + 1, BEFORE_PANEL.size())) {
			// a review still awaiting its decision goes straight to commissioned
			if (next == ReviewStage.DECISION_PENDING && stage == ReviewStage.NOTIFIED) {
				continue;
			}
			path.add(next);
			stage = next;
		}
		path.addAll(decision);
		return path;
	}

	/**
	 * Whether the stage is one a person records (it comes before the panel's decision).
	 */
	static boolean beforeDecision(ReviewStage stage) {
		return BEFORE_PANEL.contains(stage);
	}

	private static boolean withPanel(ReviewStage stage) {
		return stage == SUBMITTED_TO_QA || stage == RESUBMITTED;
	}

	private static boolean revising(ReviewStage stage) {
		return stage == FEEDBACK_ISSUED || stage == REVISING;
	}

}
