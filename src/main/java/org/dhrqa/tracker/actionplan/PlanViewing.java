package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Reads the plan's entities into the views pages, exports and the annex use. */
final class PlanViewing {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private PlanViewing() {
	}

	static PlanViews.Plan plan(ActionPlan plan, LocalDate today) {
		return new PlanViews.Plan(plan.getReviewId(),
				plan.getRecommendations().stream().map((rec) -> rec(rec, today)).toList());
	}

	/**
	 * The plan with its actions' updates as already read ({@code updates}, by action id),
	 * so that its actions' update collections are never loaded.
	 */
	static PlanViews.Plan plan(ActionPlan plan, LocalDate today, Map<Long, List<UpdateView>> updates) {
		return new PlanViews.Plan(plan.getReviewId(), plan.getRecommendations()
			.stream()
			.map((rec) -> rec(rec, (action) -> action(action, today, updates.getOrDefault(action.getId(), List.of()))))
			.toList());
	}

	/**
	 * The plan as its own page shows it: each action with the day of its latest update
	 * and how many it has ({@code latest}: {day, count} by action id, absent without
	 * updates), not the updates themselves.
	 */
	static PlanViews.Plan overview(ActionPlan plan, LocalDate today, Map<Long, LatestUpdate> latest) {
		return new PlanViews.Plan(plan.getReviewId(),
				plan.getRecommendations().stream().map((rec) -> rec(rec, (action) -> {
					LatestUpdate update = latest.get(action.getId());
					return action(action, today, List.of(), Stream.ofNullable(update).map(LatestUpdate::day),
							(update != null) ? update.count() : 0);
				})).toList());
	}

	/** The day of an action's latest dated update, and how many it has. */
	record LatestUpdate(LocalDate day, long count) {
	}

	/** A plan holding only this recommendation: what is kept when it is removed. */
	static PlanViews.Plan only(Recommendation rec, LocalDate today) {
		return new PlanViews.Plan(rec.getPlan().getReviewId(), List.of(rec(rec, today)));
	}

	/** A plan holding only this action under its recommendation. */
	static PlanViews.Plan only(PlanAction action, LocalDate today) {
		Recommendation rec = action.getRecommendation();
		return new PlanViews.Plan(rec.getPlan().getReviewId(),
				List.of(new PlanViews.Rec(rec.getId(), rec.getNumber(), rec.getText(), rec.getScope(),
						rec.getAddressedTo(), rec.getVersion(), List.of(action(action, today)))));
	}

	static PlanViews.Rec rec(Recommendation rec, LocalDate today) {
		return rec(rec, (action) -> action(action, today));
	}

	private static PlanViews.Rec rec(Recommendation rec, Function<PlanAction, PlanViews.Action> view) {
		return new PlanViews.Rec(rec.getId(), rec.getNumber(), rec.getText(), rec.getScope(), rec.getAddressedTo(),
				rec.getVersion(), rec.getActions().stream().map(view).toList());
	}

	static PlanViews.Action action(PlanAction action, LocalDate today) {
		return action(action, today, action.getUpdates().stream().map(ImplementationUpdate::view).toList());
	}

	private static PlanViews.Action action(PlanAction action, LocalDate today, List<UpdateView> updates) {
		return action(action, today, updates, updates.stream().map(UpdateView::date), updates.size());
	}

	private static PlanViews.Action action(PlanAction action, LocalDate today, List<UpdateView> updates,
			Stream<LocalDate> updateDays, long updateCount) {
		ActionDetails d = action.details();
		LocalDate lastUpdated = action.lastUpdated(updateDays, UK);
		long days = ChronoUnit.DAYS.between(lastUpdated, today);
		return new PlanViews.Action(action.getId(), action.getRecommendation().getId(),
				action.getRecommendation().getNumber(), d.actionText(), d.leadAgency(), d.keyMilestones(),
				d.targetDate(), d.completedOn(), d.completionOutcome(), action.getStatus(), action.isOverdue(today),
				lastUpdated, days, action.getStatus() != ActionStatus.COMPLETE && days > PlanViews.DRIFT_DAYS, updates,
				updateCount, action.getVersion());
	}

}
