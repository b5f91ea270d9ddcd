package org.dhrqa.tracker.actionplan;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewHubSection;
import org.dhrqa.tracker.review.ReviewView;

import org.springframework.stereotype.Component;

/** The review hub's "Action plan" section: counts, overdue and drifting actions. */
@Component
class PlanHubSection implements ReviewHubSection {

	private final ActionPlans plans;

	PlanHubSection(ActionPlans plans) {
		this.plans = plans;
	}

	@Override
	public String template() {
		return "actionplan/hub";
	}

	@Override
	public Object data(ReviewView review, SignedInUser user) {
		return this.plans.figures(review.id(), user);
	}

	@Override
	public int order() {
		return 40;
	}

}
