package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.time.Clock;
import java.util.Locale;

import org.dhrqa.tracker.feedback.FeedbackItemDecided;
import org.dhrqa.tracker.review.StageEvent;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "On completion of these changes, the DHR may be published": when the secretariat
 * accepts the last area of a letter approved subject to changes, the review is approved
 * for publication.
 */
@Component
class ApproveWhenAllAccepted {

	private final PanelLetterRepository letters;

	private final Reviews reviews;

	private final MessageSource messages;

	private final Clock clock;

	ApproveWhenAllAccepted(PanelLetterRepository letters, Reviews reviews, MessageSource messages, Clock clock) {
		this.letters = letters;
		this.reviews = reviews;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(FeedbackItemDecided decided) {
		if (!decided.allOfLetterAccepted()) {
			return;
		}
		PanelLetter letter = this.letters.findById(decided.letterId()).orElse(null);
		if (letter == null || letter.getStatus() != LetterStatus.ISSUED
				|| letter.getOutcome() != Outcome.APPROVED_SUBJECT_TO_CHANGES) {
			return;
		}
		this.reviews.follow(decided.reviewId(), StageEvent.LAST_AREA_ACCEPTED, LocalDate.now(this.clock),
				decided.decidedBy(), this.messages.getMessage("letter.allAccepted", null, Locale.UK));
	}

}
