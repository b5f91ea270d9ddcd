package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review hub counts a plan in SQL rather than loading it: the figures must be the
 * ones the loaded plan gives, on each side of the overdue and drifting edges.
 */
@IntegrationTest
class PlanFiguresIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	ActionPlans plans;

	@Autowired
	Clock clock;

	private SignedInUser kent;

	@BeforeEach
	void kent() {
		this.kent = new Fixtures(this.context).user(DemoUsers.KENT);
	}

	@Test
	void theHubsFiguresAreThePlansOwnCounts() {
		long review = newReview("KM-FIG", "Ada");
		LocalDate today = LocalDate.now(this.clock);
		Long rec = this.plans.addRecommendation(review, "1", "Train staff", Scope.LOCAL, null, this.kent);
		this.plans.addRecommendation(review, "2", "A recommendation with no action yet", Scope.LOCAL, null, this.kent);

		Long overdue = action(rec, today.minusDays(1), this.kent);
		this.plans.addUpdate(overdue, today, "Started", null, this.kent);
		Long dueToday = action(rec, today, this.kent);
		this.plans.addUpdate(dueToday, today, "Started", null, this.kent);
		Long drifting = action(rec, today.plusDays(100), this.kent);
		this.plans.addUpdate(drifting, today.minusDays(91), "Started", null, this.kent);
		Long ninetyDays = action(rec, today.plusDays(100), this.kent);
		this.plans.addUpdate(ninetyDays, today.minusDays(90), "Started", null, this.kent);
		Long both = action(rec, today.minusDays(30), this.kent);
		this.plans.addUpdate(both, today.minusDays(120), "Started", null, this.kent);
		Long complete = action(rec, today.minusDays(200), this.kent);
		this.plans.addUpdate(complete, today.minusDays(150), "Done", ActionStatus.COMPLETE, this.kent);
		action(rec, null, this.kent);

		PlanViews.Plan plan = this.plans.plan(review, this.kent);
		PlanViews.Figures figures = this.plans.figures(review, this.kent);

		long openWithoutUpdates = plan.actions()
			.stream()
			.filter((action) -> action.status() != ActionStatus.COMPLETE && action.updates().isEmpty())
			.count();
		assertThat(figures).isEqualTo(new PlanViews.Figures(review, plan.recommendations().size(),
				plan.actions().size(), plan.overdue(), plan.drifting(), plan.actionsWithUpdates(), openWithoutUpdates));
		assertThat(figures).isEqualTo(new PlanViews.Figures(review, 2, 7, 2, 2, 6, 1));
		assertThat(figures.annexReady()).isEqualTo(plan.annexReady()).isFalse();
	}

	@Test
	void aPlanWhoseOpenActionsAllHaveAnUpdateIsReadyForTheAnnexByItsFiguresToo() {
		long review = newReview("KM-FIGR", "Cy");
		LocalDate today = LocalDate.now(this.clock);
		Long rec = this.plans.addRecommendation(review, "1", "Train staff", Scope.LOCAL, null, this.kent);
		this.plans.addUpdate(action(rec, today.plusDays(10), this.kent), today, "Started", null, this.kent);

		assertThat(this.plans.figures(review, this.kent).annexReady()).isTrue()
			.isEqualTo(this.plans.plan(review, this.kent).annexReady());
	}

	@Test
	void aReviewWithoutAPlanHasNoFigures() {
		long review = newReview("KM-NOFIG", "Bea");

		assertThat(this.plans.figures(review, this.kent)).isEqualTo(new PlanViews.Figures(review, 0, 0, 0, 0, 0, 0));
	}

	private long newReview(String reference, String victim) {
		return new Fixtures(this.context).reviews.register(this.kent.cspId(), Fixtures.unique(reference), victim,
				LocalDate.of(2024, 3, 1), this.kent);
	}

	private Long action(Long recommendation, LocalDate target, SignedInUser by) {
		return this.plans.addAction(recommendation, new ActionDetails("Action due " + target, "Kent Police", null,
				target, null, null, ActionStatus.IN_PROGRESS), by);
	}

}
