package org.dhrqa.tracker.review;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a review (see docs/process.md). Which stage may follow which, and
 * which stages a person may record, is decided here and nowhere else.
 */
public enum ReviewStage {

	NOTIFIED, DECISION_PENDING, NOT_PROCEEDING, COMMISSIONED, IN_PROGRESS, SUBMITTED_TO_QA, FEEDBACK_ISSUED, REVISING,
	RESUBMITTED, APPROVED_FOR_PUBLICATION, PUBLISHED, MONITORING_ACTION_PLAN, CLOSED;

	private static final Map<ReviewStage, Set<ReviewStage>> NEXT = Map.ofEntries(
			Map.entry(NOTIFIED, EnumSet.of(DECISION_PENDING, COMMISSIONED, NOT_PROCEEDING)),
			Map.entry(DECISION_PENDING, EnumSet.of(COMMISSIONED, NOT_PROCEEDING)),
			Map.entry(NOT_PROCEEDING, EnumSet.of(CLOSED)), Map.entry(COMMISSIONED, EnumSet.of(IN_PROGRESS)),
			Map.entry(IN_PROGRESS, EnumSet.of(SUBMITTED_TO_QA)),
			Map.entry(SUBMITTED_TO_QA, EnumSet.of(FEEDBACK_ISSUED)),
			Map.entry(FEEDBACK_ISSUED, EnumSet.of(REVISING, APPROVED_FOR_PUBLICATION)),
			Map.entry(REVISING, EnumSet.of(RESUBMITTED, APPROVED_FOR_PUBLICATION)),
			Map.entry(RESUBMITTED, EnumSet.of(FEEDBACK_ISSUED)),
			Map.entry(APPROVED_FOR_PUBLICATION, EnumSet.of(PUBLISHED)),
			Map.entry(PUBLISHED, EnumSet.of(MONITORING_ACTION_PLAN, CLOSED)),
			Map.entry(MONITORING_ACTION_PLAN, EnumSet.of(CLOSED)),
			Map.entry(CLOSED, EnumSet.noneOf(ReviewStage.class)));

	public Set<ReviewStage> next() {
		return Collections.unmodifiableSet(NEXT.get(this));
	}

	/**
	 * Whether a person records this stage on the stage form. The stages that record a QA
	 * decision follow only from the service's own events ({@link StageEvent}); a wrong
	 * one is put right by a correction.
	 */
	public boolean isRecordedByPerson() {
		return switch (this) {
			case FEEDBACK_ISSUED, RESUBMITTED, APPROVED_FOR_PUBLICATION, PUBLISHED -> false;
			default -> true;
		};
	}

	public boolean canMoveTo(ReviewStage target) {
		return NEXT.get(this).contains(target);
	}

	/** The review is with the QA Panel or its letter is being acted on. */
	public boolean isWithPanel() {
		return this == SUBMITTED_TO_QA || this == RESUBMITTED;
	}

	/** Message key of the stage's name as users read it. */
	public String messageKey() {
		return "stage." + name();
	}

	/** Colour of the GOV.UK tag that shows the stage. */
	public String tagColour() {
		return switch (this) {
			case NOTIFIED, DECISION_PENDING -> "grey";
			case NOT_PROCEEDING, CLOSED -> "grey";
			case COMMISSIONED, IN_PROGRESS -> "blue";
			case SUBMITTED_TO_QA, RESUBMITTED -> "purple";
			case FEEDBACK_ISSUED, REVISING -> "orange";
			case APPROVED_FOR_PUBLICATION -> "turquoise";
			case PUBLISHED, MONITORING_ACTION_PLAN -> "green";
		};
	}

}
