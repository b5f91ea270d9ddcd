package org.dhrqa.tracker.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackCounts;
import org.dhrqa.tracker.publication.Publications;
import org.dhrqa.tracker.publication.Readiness;
import org.dhrqa.tracker.review.RegisterQuery;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reviews}: the register as JSON, scoped exactly as the pages are. */
@RestController
class ReviewsApiController {

	private final Reviews reviews;

	private final FeedbackCounts feedbackCounts;

	private final Publications publications;

	ReviewsApiController(Reviews reviews, FeedbackCounts feedbackCounts, Publications publications) {
		this.reviews = reviews;
		this.feedbackCounts = feedbackCounts;
		this.publications = publications;
	}

	record ReviewRow(Long id, String reference, String csp, Long cspId, String victimPseudonym, ReviewStage stage,
			LocalDate notifiedOn, LocalDate submittedToQaOn, LocalDate publishedOn, int openFeedbackItems,
			int totalFeedbackItems, int readinessDone, int readinessTotal) {

	}

	@GetMapping("/api/reviews")
	List<ReviewRow> reviews(@AuthenticationPrincipal SignedInUser user) {
		List<ReviewView> visible = this.reviews.registerAll(RegisterQuery.all(), user);
		Map<Long, FeedbackCounts.Counts> counts = this.feedbackCounts
			.forReviews(visible.stream().map(ReviewView::id).toList());
		return visible.stream().map((review) -> row(review, counts, user)).toList();
	}

	@GetMapping("/api/reviews/{id:\\d+}")
	ReviewRow review(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(id, user);
		return row(review, this.feedbackCounts.forReviews(List.of(id)), user);
	}

	private ReviewRow row(ReviewView review, Map<Long, FeedbackCounts.Counts> counts, SignedInUser user) {
		FeedbackCounts.Counts itemCounts = counts.getOrDefault(review.id(), FeedbackCounts.Counts.NONE);
		Readiness readiness = this.publications.readiness(review.id(), user);
		return new ReviewRow(review.id(), review.reference(), review.cspName(), review.cspId(),
				review.victimPseudonyms(), review.stage(), review.notifiedOn(), review.submittedToQaOn(),
				review.publishedOn(), itemCounts.open(), itemCounts.total(), readiness.done(), readiness.total());
	}

}
