package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.feedback.FeedbackStatus;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.review.StageEvent;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a "resubmit" letter the CSP sends the revised report back to the panel, once
 * every area has a response; the areas not yet accepted carry forward to the next letter.
 * (The review's move to "resubmitted" is what tells the secretariat.)
 */
@Service
@Transactional(readOnly = true)
class Resubmission {

	private final Letters letters;

	private final Reviews reviews;

	private final FeedbackItems items;

	private final Messages messages;

	private final Clock clock;

	Resubmission(Letters letters, Reviews reviews, FeedbackItems items, Messages messages, Clock clock) {
		this.letters = letters;
		this.reviews = reviews;
		this.items = items;
		this.messages = messages;
		this.clock = clock;
	}

	/** Refuses (404, 403) anyone but the review's own CSP people. */
	void requirePermission(Long reviewId, SignedInUser user) {
		user.require(Permission.WORK_ON_ITEMS, this.reviews.requireVisible(reviewId, user).cspId());
	}

	boolean canResubmit(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		if (!user.may(Permission.WORK_ON_ITEMS, review.cspId())) {
			return false;
		}
		if (review.stage() != ReviewStage.FEEDBACK_ISSUED && review.stage() != ReviewStage.REVISING) {
			return false;
		}
		Optional<PanelLetter> latest = this.letters.currentIssued(reviewId);
		if (latest.isEmpty() || latest.get().getOutcome() != Outcome.RESUBMIT) {
			return false;
		}
		return this.items.liveOfReview(reviewId)
			.stream()
			.allMatch((item) -> item.status() == FeedbackStatus.RESPONDED || item.status() == FeedbackStatus.ACCEPTED);
	}

	@Transactional
	void resubmit(Long reviewId, SignedInUser user) {
		if (!canResubmit(reviewId, user)) {
			throw new AccessDeniedException("The review cannot be resubmitted yet");
		}
		this.reviews.follow(reviewId, StageEvent.RESUBMISSION, LocalDate.now(this.clock), user.actor(),
				this.messages.get("letter.resubmitted.note"));
	}

}
