package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.stereotype.Component;

/**
 * The action plan annex of the published report: the template's columns, each action's
 * implementation updates in date order, the date it was generated and the statement that
 * the plan is a live document. The PDF of an unchanged plan is rendered once
 * ({@link AnnexCache}); the review page's link and the publication pack share it.
 */
@Component
public class PlanAnnex {

	private final ActionPlans plans;

	private final Reviews reviews;

	private final AnnexDocument document;

	private final AnnexCache cache;

	private final Clock clock;

	PlanAnnex(ActionPlans plans, Reviews reviews, AnnexDocument document, AnnexCache cache, Clock clock) {
		this.plans = plans;
		this.reviews = reviews;
		this.document = document;
		this.cache = cache;
		this.clock = clock;
	}

	public String html(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		return this.document.html(heading(review), this.plans.plan(reviewId, user), LocalDate.now(this.clock), false);
	}

	public byte[] pdf(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		LocalDate today = LocalDate.now(this.clock);
		PlanStamp stamp = this.plans.lastChange(reviewId, user).orElse(new PlanStamp(-1, Instant.EPOCH));
		AnnexCache.Key key = new AnnexCache.Key(reviewId, stamp.version(), stamp.updatedAt(), review.victimPseudonyms(),
				review.cspName(), today);
		return this.cache.get(key, () -> this.document.pdf(heading(review), this.plans.plan(reviewId, user), today));
	}

	private static AnnexDocument.Heading heading(ReviewView review) {
		return new AnnexDocument.Heading(review.victimPseudonyms(), review.cspName());
	}

}
