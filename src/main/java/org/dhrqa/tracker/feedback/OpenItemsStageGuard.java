package org.dhrqa.tracker.feedback;

import java.util.List;
import java.util.Optional;

import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.StageGuard;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** A review is approved for publication only when no area of its letter is still open. */
@Component
class OpenItemsStageGuard implements StageGuard {

	private final FeedbackItemRepository items;

	OpenItemsStageGuard(FeedbackItemRepository items) {
		this.items = items;
	}

	@Override
	public Optional<MessageSourceResolvable> refusal(ReviewView review, ReviewStage target) {
		if (target != ReviewStage.APPROVED_FOR_PUBLICATION) {
			return Optional.empty();
		}
		List<FeedbackItem> live = this.items.findLiveByReview(review.id());
		long unresolved = live.stream().filter((item) -> item.getStatus().isUnresolved()).count();
		if (unresolved == 0) {
			return Optional.empty();
		}
		return Optional.of(new DefaultMessageSourceResolvable(new String[] { "stage.guard.openItems" },
				new Object[] { live.size() - unresolved, live.size() }));
	}

}
