package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.context.ApplicationContext;

/** Action plans for tests, kept through the plan's own services. */
public class PlanFixtures {

	private final ActionPlans plans;

	public PlanFixtures(ApplicationContext context) {
		this.plans = context.getBean(ActionPlans.class);
	}

	/** Ids of what one recommendation with one action and one dated update created. */
	public record Made(Long recommendationId, Long actionId) {

	}

	public Made recommendationWithUpdate(Long reviewId, String number, LocalDate updatedOn, SignedInUser by) {
		Long recommendation = this.plans.addRecommendation(reviewId, number, "Train staff in domestic abuse",
				Scope.LOCAL, "Kent County Council", by);
		Long action = this.plans.addAction(recommendation, new ActionDetails("Deliver training to all staff",
				"Kent County Council", null, updatedOn.plusMonths(6), null, null, ActionStatus.IN_PROGRESS), by);
		this.plans.addUpdate(action, updatedOn, "Half of the staff trained", null, by);
		return new Made(recommendation, action);
	}

	/** Another action for a recommendation, with no update yet. */
	public Long action(Long recommendationId, String text, SignedInUser by) {
		return this.plans.addAction(recommendationId,
				new ActionDetails(text, "Kent Police", null, null, null, null, ActionStatus.NOT_STARTED), by);
	}

	public void update(Long actionId, LocalDate on, String text, SignedInUser by) {
		this.plans.addUpdate(actionId, on, text, null, by);
	}

	public PlanViews.Plan plan(Long reviewId, SignedInUser by) {
		return this.plans.plan(reviewId, by);
	}

}
