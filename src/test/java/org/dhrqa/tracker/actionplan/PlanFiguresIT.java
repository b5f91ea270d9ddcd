package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

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

	@Autowired
	ActionPlanRepository planRepository;

	@Autowired
	TransactionTemplate transactions;

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

	/**
	 * Pages read a plan's updates as values, in one query; what they get must be what the
	 * plan's entities give: the same updates in the same order, the same last-updated
	 * days.
	 */
	@Test
	void thePlanReadWithItsUpdatesAsValuesIsThePlanItsEntitiesGive() {
		long review = newReview("KM-VAL", "Di");
		LocalDate today = LocalDate.now(this.clock);
		Long rec = this.plans.addRecommendation(review, "1", "Train staff", Scope.LOCAL, null, this.kent);
		Long second = this.plans.addRecommendation(review, "2", "Audit", Scope.LOCAL, null, this.kent);
		Long busy = action(rec, today.plusDays(30), this.kent);
		this.plans.addUpdate(busy, today.minusDays(3), "Third, entered first", null, this.kent);
		this.plans.addUpdate(busy, today.minusDays(40), "First", null, this.kent);
		this.plans.addUpdate(busy, today.minusDays(3), "Fourth, same day", null, this.kent);
		this.plans.addUpdate(busy, today.minusDays(20), "Second", null, this.kent);
		action(rec, today.minusDays(5), this.kent);
		Long done = action(second, today.minusDays(60), this.kent);
		this.plans.addUpdate(done, today.minusDays(100), "Done", ActionStatus.COMPLETE, this.kent);

		PlanViews.Plan read = this.plans.plan(review, this.kent);
		PlanViews.Plan fromEntities = this.transactions
			.execute((status) -> PlanViewing.plan(this.planRepository.findByReviewId(review).orElseThrow(), today));

		assertThat(read).isEqualTo(fromEntities);
		assertThat(read.actions().get(0).updates()).extracting(UpdateView::text)
			.containsExactly("First", "Second", "Third, entered first", "Fourth, same day");
		assertThat(read.actions().get(1).updates()).isEmpty();
		assertThat(read.actions().get(0).lastUpdated()).isEqualTo(today.minusDays(3));

		// the plan's own page reads each action's latest day and count, not the updates:
		// the same plan in every other respect
		PlanViews.Plan overview = this.plans.overview(review, this.kent);
		assertThat(overview.actions()).allSatisfy((action) -> assertThat(action.updates()).isEmpty());
		assertThat(withoutUpdates(overview)).isEqualTo(withoutUpdates(read));
		assertThat(overview.actions()).extracting(PlanViews.Action::updateCount).containsExactly(4L, 0L, 1L);
		assertThat(overview.annexReady()).isEqualTo(read.annexReady()).isFalse();
		assertThat(overview.actionsWithUpdates()).isEqualTo(read.actionsWithUpdates()).isEqualTo(2);
	}

	private static PlanViews.Plan withoutUpdates(PlanViews.Plan plan) {
		return new PlanViews.Plan(plan.reviewId(), plan.recommendations()
			.stream()
			.map((rec) -> new PlanViews.Rec(rec.id(), rec.number(), rec.text(), rec.scope(), rec.addressedTo(),
					rec.version(),
					rec.actions()
						.stream()
						.map((a) -> new PlanViews.Action(a.id(), a.recommendationId(), a.recommendationNumber(),
								a.actionText(), a.leadAgency(), a.keyMilestones(), a.targetDate(), a.completedOn(),
								a.completionOutcome(), a.status(), a.overdue(), a.lastUpdated(), a.daysSinceUpdate(),
								a.drifting(), List.of(), a.updateCount(), a.version()))
						.toList()))
			.toList());
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
