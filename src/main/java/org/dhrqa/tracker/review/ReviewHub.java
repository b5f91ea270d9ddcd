package org.dhrqa.tracker.review;

import java.util.Comparator;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.history.HistoryEvent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the review hub shows, read in one transaction: the review, its stage history
 * and change history, and each module's section. Sections that read the same rows share
 * them (one persistence context) instead of each opening its own.
 */
@Service
class ReviewHub {

	private final Reviews reviews;

	private final List<ReviewHubSection> sections;

	ReviewHub(Reviews reviews, List<ReviewHubSection> sections) {
		this.reviews = reviews;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ReviewHubSection::order)).toList();
	}

	/** One section of the hub, ready to render. */
	record Section(String template, Object data) {

	}

	record Hub(ReviewView review, List<StageChangeView> stages, List<HistoryEvent> history, List<Section> sections) {

	}

	@Transactional(readOnly = true)
	Hub of(Long id, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(id, user);
		return new Hub(review, this.reviews.stageHistory(id, user), this.reviews.changeHistory(id, user),
				this.sections.stream()
					.map((section) -> new Section(section.template(), section.data(review, user)))
					.toList());
	}

}
