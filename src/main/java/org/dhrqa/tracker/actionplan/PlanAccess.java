package org.dhrqa.tracker.actionplan;

import java.time.Clock;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may read and change a plan, in the service's order: a record the person may not see
 * is not found (404), then a change they may not make is refused (403). A change locks
 * the plan first, so changes to one plan run one after another.
 */
@Component
class PlanAccess {

	private final Reviews reviews;

	private final ActionPlanRepository plans;

	private final RecommendationRepository recommendations;

	private final PlanActionRepository actions;

	private final Clock clock;

	PlanAccess(Reviews reviews, ActionPlanRepository plans, RecommendationRepository recommendations,
			PlanActionRepository actions, Clock clock) {
		this.reviews = reviews;
		this.plans = plans;
		this.recommendations = recommendations;
		this.actions = actions;
		this.clock = clock;
	}

	ReviewView visible(Long reviewId, SignedInUser user) {
		return this.reviews.requireVisible(reviewId, user);
	}

	boolean mayKeep(Long reviewId, SignedInUser user) {
		return user.may(Permission.KEEP_ACTION_PLAN, visible(reviewId, user).cspId());
	}

	/** The review, when this person keeps its plan. */
	ReviewView requireKeeper(Long reviewId, SignedInUser user) {
		ReviewView review = visible(reviewId, user);
		user.require(Permission.KEEP_ACTION_PLAN, review.cspId());
		return review;
	}

	/** The review of a recommendation this person may see. */
	Long reviewOfRecommendation(Long recommendationId, SignedInUser user) {
		Long reviewId = this.recommendations.reviewOf(recommendationId).orElseThrow(NotFoundException::new);
		visible(reviewId, user);
		return reviewId;
	}

	/** The review of an action this person may see. */
	Long reviewOfAction(Long actionId, SignedInUser user) {
		Long reviewId = this.actions.reviewOf(actionId).orElseThrow(NotFoundException::new);
		visible(reviewId, user);
		return reviewId;
	}

	/**
	 * The review's plan, made if it has none yet, locked for the rest of the transaction.
	 * Call before loading anything of the plan, so what is loaded is current.
	 */
	ActionPlan lockedPlan(Long reviewId) {
		this.plans.createIfMissing(reviewId, this.clock.instant());
		return this.plans.lockByReviewId(reviewId).orElseThrow(NotFoundException::new);
	}

	Recommendation recommendationOf(ActionPlan plan, Long recommendationId) {
		return plan.getRecommendations()
			.stream()
			.filter((rec) -> rec.getId().equals(recommendationId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	PlanAction actionOf(ActionPlan plan, Long actionId) {
		return plan.getRecommendations()
			.stream()
			.flatMap((rec) -> rec.getActions().stream())
			.filter((action) -> action.getId().equals(actionId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
