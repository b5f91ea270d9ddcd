package org.dhrqa.tracker.letter;

import java.util.Optional;

import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.StageGuard;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The stages that record a letter need one: "feedback issued" an issued letter,
 * "resubmitted" a letter that asked for resubmission.
 */
@Component
class LetterStageGuard implements StageGuard {

	private final PanelLetterRepository letters;

	LetterStageGuard(PanelLetterRepository letters) {
		this.letters = letters;
	}

	@Override
	public Optional<MessageSourceResolvable> refusal(ReviewView review, ReviewStage target) {
		if (target != ReviewStage.FEEDBACK_ISSUED && target != ReviewStage.RESUBMITTED
				&& target != ReviewStage.REVISING) {
			return Optional.empty();
		}
		Optional<PanelLetter> current = this.letters.findByReviewIdOrderByLetterVersionDesc(review.id())
			.stream()
			.filter((letter) -> letter.getStatus() == LetterStatus.ISSUED)
			.findFirst();
		if (current.isEmpty()) {
			return Optional.of(new DefaultMessageSourceResolvable("stage.guard.noLetter"));
		}
		if (target == ReviewStage.RESUBMITTED && current.get().getOutcome() != Outcome.RESUBMIT) {
			return Optional.of(new DefaultMessageSourceResolvable("stage.guard.notResubmit"));
		}
		return Optional.empty();
	}

}
