package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.context.ApplicationContext;

/** Action plans for tests, kept through the plan's own services. */
public class PlanFixtures {

	private final ActionPlans plans;

	private final PlanRemovals removals;

	public PlanFixtures(ApplicationContext context) {
		this.plans = context.getBean(ActionPlans.class);
		this.removals = context.getBean(PlanRemovals.class);
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

	/**
	 * A plan of {@code recommendations} recommendations, each with
	 * {@code actionsPerRecommendation} actions, each with {@code updatesPerAction} dated
	 * updates.
	 */
	public void plan(Long reviewId, int recommendations, int actionsPerRecommendation, int updatesPerAction,
			SignedInUser by) {
		for (int r = 1; r <= recommendations; r++) {
			Long rec = this.plans.addRecommendation(reviewId, String.valueOf(r),
					"Recommendation " + r + " of the review", Scope.LOCAL, null, by);
			for (int a = 1; a <= actionsPerRecommendation; a++) {
				Long action = this.plans.addAction(rec, new ActionDetails("Action " + a + " of recommendation " + r,
						"Kent Police", null, LocalDate.of(2026, 3, 31), null, null, ActionStatus.IN_PROGRESS), by);
				for (int u = 1; u <= updatesPerAction; u++) {
					this.plans.addUpdate(action, LocalDate.of(2025, 1, u), "Update " + u + " of action " + a, null, by);
				}
			}
		}
	}

	/**
	 * Adds an action to the review's plan and removes it again: the id of what the plan
	 * keeps of it.
	 */
	public Long removedAction(Long reviewId, SignedInUser by) {
		Long rec = this.plans.plan(reviewId, by).recommendations().get(0).id();
		Long action = action(rec, "An action added by mistake", by);
		return this.removals.removeAction(action, this.plans.action(action, by).version(), by);
	}

	public PlanViews.Plan plan(Long reviewId, SignedInUser by) {
		return this.plans.plan(reviewId, by);
	}

}
