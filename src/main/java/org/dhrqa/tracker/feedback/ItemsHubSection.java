package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewHubSection;
import org.dhrqa.tracker.review.ReviewView;

import org.springframework.stereotype.Component;

/** The review hub's "Feedback items" section: counts by status, from one query. */
@Component
class ItemsHubSection implements ReviewHubSection {

	private final FeedbackItemRepository items;

	private final Clock clock;

	ItemsHubSection(FeedbackItemRepository items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	public record Data(Long reviewId, int total, long overdue, Map<FeedbackStatus, Long> byStatus) {

	}

	@Override
	public String template() {
		return "feedback/hub";
	}

	@Override
	public Object data(ReviewView review, SignedInUser user) {
		Map<FeedbackStatus, Long> byStatus = new EnumMap<>(FeedbackStatus.class);
		long total = 0;
		long overdue = 0;
		for (Object[] row : this.items.countByStatus(review.id(), LocalDate.now(this.clock))) {
			long count = ((Number) row[1]).longValue();
			byStatus.put(FeedbackStatus.valueOf((String) row[0]), count);
			total += count;
			overdue += ((Number) row[2]).longValue();
		}
		return new Data(review.id(), (int) total, overdue, byStatus);
	}

	@Override
	public int order() {
		return 20;
	}

}
