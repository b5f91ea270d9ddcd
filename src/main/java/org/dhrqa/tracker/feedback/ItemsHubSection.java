package org.dhrqa.tracker.feedback;

import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewHubSection;
import org.dhrqa.tracker.review.ReviewView;

import org.springframework.stereotype.Component;

/**
 * The review hub's "Feedback items" section: counts by status, from the review's
 * {@link FeedbackCounts#tally tally} (which the letters and readiness sections share).
 */
@Component
class ItemsHubSection implements ReviewHubSection {

	private final FeedbackCounts counts;

	ItemsHubSection(FeedbackCounts counts) {
		this.counts = counts;
	}

	public record Data(Long reviewId, int total, long overdue, Map<FeedbackStatus, Long> byStatus) {

	}

	@Override
	public String template() {
		return "feedback/hub";
	}

	@Override
	public Object data(ReviewView review, SignedInUser user) {
		FeedbackCounts.Tally tally = this.counts.tally(review.id());
		Map<FeedbackStatus, Long> byStatus = tally.liveByStatus();
		long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
		return new Data(review.id(), (int) total, tally.overdue(), byStatus);
	}

	@Override
	public int order() {
		return 20;
	}

}
