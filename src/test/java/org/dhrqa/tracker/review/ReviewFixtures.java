package org.dhrqa.tracker.review;

import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.context.ApplicationContext;

/**
 * Reviews for tests, made through the review module's own services: the same rules a
 * person meets on the pages.
 */
public class ReviewFixtures {

	private final Reviews reviews;

	public ReviewFixtures(ApplicationContext context) {
		this.reviews = context.getBean(Reviews.class);
	}

	/** A homicide review registered by a CSP person, notified on the given date. */
	public Long register(Long cspId, String reference, String victim, LocalDate notifiedOn, SignedInUser by) {
		ReviewDetails details = new ReviewDetails(reference, victim, List.of(new OtherPseudonym("Adam", "Perpetrator")),
				1, notifiedOn.getYear(), ReviewType.HOMICIDE, "Helen Marsh", "Helen Marsh", notifiedOn, null, null,
				null, null, null, null, null);
		return this.reviews.register(cspId, details, by);
	}

	/** Moves a new review through the CSP's own stages to "submitted to QA". */
	public void submitToQa(Long reviewId, LocalDate on, SignedInUser by) {
		for (ReviewStage stage : List.of(ReviewStage.COMMISSIONED, ReviewStage.IN_PROGRESS,
				ReviewStage.SUBMITTED_TO_QA)) {
			ReviewView review = this.reviews.requireVisible(reviewId, by);
			this.reviews.moveTo(reviewId, review.version(), stage, on, null, by);
		}
	}

	public ReviewStage stage(Long reviewId, SignedInUser by) {
		return this.reviews.requireVisible(reviewId, by).stage();
	}

}
