package org.dhrqa.tracker.feedback;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewHubSection;
import org.dhrqa.tracker.review.ReviewView;

import org.springframework.stereotype.Component;

/** The review hub's "Feedback items" section: counts by status and a link to the list. */
@Component
class ItemsHubSection implements ReviewHubSection {

	private final FeedbackWork work;

	ItemsHubSection(FeedbackWork work) {
		this.work = work;
	}

	public record Data(Long reviewId, int total, long overdue, Map<FeedbackStatus, Long> byStatus) {

	}

	@Override
	public String template() {
		return "feedback/hub";
	}

	@Override
	public Object data(ReviewView review, SignedInUser user) {
		List<ItemRow> rows = this.work.forReview(review.id(), ItemFilter.NONE, user);
		Map<FeedbackStatus, Long> byStatus = new EnumMap<>(FeedbackStatus.class);
		rows.forEach((row) -> byStatus.merge(row.item().status(), 1L, Long::sum));
		return new Data(review.id(), rows.size(), rows.stream().filter(ItemRow::overdue).count(), byStatus);
	}

	@Override
	public int order() {
		return 20;
	}

}
