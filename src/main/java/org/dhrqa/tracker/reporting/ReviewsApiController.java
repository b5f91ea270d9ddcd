package org.dhrqa.tracker.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.dashboard.Dashboard;
import org.dhrqa.tracker.dashboard.DashboardQuery;
import org.dhrqa.tracker.dashboard.DashboardRow;
import org.dhrqa.tracker.feedback.FeedbackCounts;
import org.dhrqa.tracker.publication.Publications;
import org.dhrqa.tracker.publication.Readiness;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reviews}: the register as JSON, paged, scoped exactly as the pages are.
 */
@RestController
class ReviewsApiController {

	static final int DEFAULT_SIZE = 100;

	static final int MAX_SIZE = 500;

	private final Reviews reviews;

	private final Dashboard dashboard;

	private final FeedbackCounts feedbackCounts;

	private final Publications publications;

	ReviewsApiController(Reviews reviews, Dashboard dashboard, FeedbackCounts feedbackCounts,
			Publications publications) {
		this.reviews = reviews;
		this.dashboard = dashboard;
		this.feedbackCounts = feedbackCounts;
		this.publications = publications;
	}

	record ReviewRow(Long id, String reference, String csp, Long cspId, String victimPseudonym, ReviewStage stage,
			LocalDate notifiedOn, LocalDate submittedToQaOn, LocalDate publishedOn, int openFeedbackItems,
			int totalFeedbackItems, int readinessDone, int readinessTotal) {

	}

	/** Where the page is in the whole list, and the links to its neighbours. */
	record Links(String self, String first, String previous, String next, String last) {

	}

	record ReviewsPage(List<ReviewRow> reviews, int page, int size, long total, int totalPages, Links links) {

	}

	/**
	 * A page of the reviews the person may see, in id order, from the dashboard's read
	 * model: the same few statements whatever the number of reviews.
	 */
	@GetMapping("/api/reviews")
	ReviewsPage reviews(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@AuthenticationPrincipal SignedInUser user) {
		int pageSize = Math.min(Math.max(number(size, DEFAULT_SIZE), 1), MAX_SIZE);
		int pageNumber = Math.max(number(page, 1), 1);
		Dashboard.IdPage rows = this.dashboard.byId(DashboardQuery.all(), user, pageNumber - 1, pageSize);
		int totalPages = (int) Math.max(1, (rows.total() + pageSize - 1) / pageSize);
		return new ReviewsPage(rows.rows().stream().map(ReviewsApiController::row).toList(), pageNumber, pageSize,
				rows.total(), totalPages,
				new Links(link(pageNumber, pageSize), link(1, pageSize),
						(pageNumber > 1) ? link(Math.min(pageNumber - 1, totalPages), pageSize) : null,
						(pageNumber < totalPages) ? link(pageNumber + 1, pageSize) : null, link(totalPages, pageSize)));
	}

	private static String link(int page, int size) {
		return "/api/reviews?page=" + page + "&size=" + size;
	}

	private static int number(String value, int otherwise) {
		return (value != null && value.trim().matches("\\d{1,6}")) ? Integer.parseInt(value.trim()) : otherwise;
	}

	private static ReviewRow row(DashboardRow row) {
		return new ReviewRow(row.reviewId(), row.reference(), row.csp(), row.cspId(), row.pseudonym(), row.stage(),
				row.notifiedOn(), row.submittedToQaOn(), row.publishedOn(), row.openItems(), row.totalItems(),
				row.readinessDone(), row.readinessTotal());
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
