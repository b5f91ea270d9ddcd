package org.dhrqa.tracker.letter;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.review.ReviewStage;

import static org.assertj.core.api.Assertions.assertThat;

/** Where recording a received letter leaves a review, from each stage. */
class ReceivedLettersTests {

	@Test
	void feedbackMovesAReviewOnToFeedbackIssued() {
		assertThat(ReceivedLetters.stageAfter(ReviewStage.NOTIFIED, Outcome.APPROVED_SUBJECT_TO_CHANGES))
			.isEqualTo(ReviewStage.FEEDBACK_ISSUED);
		assertThat(ReceivedLetters.stageAfter(ReviewStage.SUBMITTED_TO_QA, Outcome.RESUBMIT))
			.isEqualTo(ReviewStage.FEEDBACK_ISSUED);
		assertThat(ReceivedLetters.stageAfter(ReviewStage.RESUBMITTED, Outcome.APPROVED_SUBJECT_TO_CHANGES))
			.isEqualTo(ReviewStage.FEEDBACK_ISSUED);
	}

	@Test
	void anApprovedLetterMovesItToApprovedForPublication() {
		assertThat(ReceivedLetters.stageAfter(ReviewStage.IN_PROGRESS, Outcome.APPROVED))
			.isEqualTo(ReviewStage.APPROVED_FOR_PUBLICATION);
		assertThat(ReceivedLetters.stageAfter(ReviewStage.REVISING, Outcome.APPROVED))
			.isEqualTo(ReviewStage.APPROVED_FOR_PUBLICATION);
	}

	@Test
	void aReviewAlreadyPastTheLetterStaysWhereItIs() {
		assertThat(ReceivedLetters.stageAfter(ReviewStage.FEEDBACK_ISSUED, Outcome.RESUBMIT)).isNull();
		assertThat(ReceivedLetters.stageAfter(ReviewStage.REVISING, Outcome.APPROVED_SUBJECT_TO_CHANGES)).isNull();
		assertThat(ReceivedLetters.stageAfter(ReviewStage.PUBLISHED, Outcome.APPROVED)).isNull();
		assertThat(ReceivedLetters.stageAfter(ReviewStage.NOT_PROCEEDING, Outcome.APPROVED)).isNull();
	}

}
