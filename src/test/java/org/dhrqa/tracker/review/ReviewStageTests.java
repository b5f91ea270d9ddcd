package org.dhrqa.tracker.review;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dhrqa.tracker.review.ReviewStage.*;

/**
 * Every pair of stages: the lifecycle of docs/process.md allows exactly these steps.
 */
class ReviewStageTests {

	private static final java.util.Map<ReviewStage, Set<ReviewStage>> EXPECTED = java.util.Map.ofEntries(
			java.util.Map.entry(NOTIFIED, EnumSet.of(DECISION_PENDING, COMMISSIONED, NOT_PROCEEDING)),
			java.util.Map.entry(DECISION_PENDING, EnumSet.of(COMMISSIONED, NOT_PROCEEDING)),
			java.util.Map.entry(NOT_PROCEEDING, EnumSet.of(CLOSED)),
			java.util.Map.entry(COMMISSIONED, EnumSet.of(IN_PROGRESS)),
			java.util.Map.entry(IN_PROGRESS, EnumSet.of(SUBMITTED_TO_QA)),
			java.util.Map.entry(SUBMITTED_TO_QA, EnumSet.of(FEEDBACK_ISSUED)),
			java.util.Map.entry(FEEDBACK_ISSUED, EnumSet.of(REVISING, APPROVED_FOR_PUBLICATION)),
			java.util.Map.entry(REVISING, EnumSet.of(RESUBMITTED, APPROVED_FOR_PUBLICATION)),
			java.util.Map.entry(RESUBMITTED, EnumSet.of(FEEDBACK_ISSUED)),
			java.util.Map.entry(APPROVED_FOR_PUBLICATION, EnumSet.of(PUBLISHED)),
			java.util.Map.entry(PUBLISHED, EnumSet.of(MONITORING_ACTION_PLAN, CLOSED)),
			java.util.Map.entry(MONITORING_ACTION_PLAN, EnumSet.of(CLOSED)),
			java.util.Map.entry(CLOSED, EnumSet.noneOf(ReviewStage.class)));

	@ParameterizedTest
	@EnumSource(ReviewStage.class)
	void allowsExactlyTheLifecycleSteps(ReviewStage from) {
		for (ReviewStage to : ReviewStage.values()) {
			assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(EXPECTED.get(from).contains(to));
		}
		assertThat(from.next()).containsExactlyInAnyOrderElementsOf(EXPECTED.get(from));
	}

	@ParameterizedTest
	@EnumSource(ReviewStage.class)
	void noStageLeadsBackToItself(ReviewStage stage) {
		assertThat(stage.canMoveTo(stage)).isFalse();
	}

}
