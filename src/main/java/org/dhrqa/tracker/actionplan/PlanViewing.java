package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
	 * The plan as its own page shows it, from its rows in order (one per action, one per
	 * recommendation without actions): each action with the day of its latest update and
	 * how many it has, not the updates themselves.
	 */
	static PlanViews.Plan overview(Long reviewId, List<OverviewRow> rows, LocalDate today) {
		List<PlanViews.Rec> recs = new ArrayList<>();
		int i = 0;
		while (i < rows.size()) {
			OverviewRow first = rows.get(i);
			List<PlanViews.Action> actions = new ArrayList<>();
			for (; i < rows.size() && rows.get(i).recId().equals(first.recId()); i++) {
				OverviewRow row = rows.get(i);
				if (row.actionId() != null) {
					actions.add(action(row.actionId(), row.recId(), row.recNumber(),
							new ActionDetails(row.actionText(), row.leadAgency(), row.keyMilestones(), row.targetDate(),
									row.completedOn(), row.completionOutcome(), row.status()),
							PlanAction.lastUpdated(row.latestUpdate(), row.createdAt(), UK), today, List.of(),
							row.updateCount(), row.actionVersion()));
				}
			}
			recs.add(new PlanViews.Rec(first.recId(), first.recNumber(), first.recText(), first.recScope(),
					first.recAddressedTo(), first.recVersion(), List.copyOf(actions)));
		}
		return new PlanViews.Plan(reviewId, List.copyOf(recs));
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
		Recommendation rec = action.getRecommendation();
		return action(action.getId(), rec.getId(), rec.getNumber(), action.details(),
				action.lastUpdated(updateDays, UK), today, updates, updateCount, action.getVersion());
	}

	/** The one place an action's view is worked out, from an entity or from a row. */
	private static PlanViews.Action action(Long id, Long recId, String recNumber, ActionDetails d,
			LocalDate lastUpdated, LocalDate today, List<UpdateView> updates, long updateCount, long version) {
		long days = ChronoUnit.DAYS.between(lastUpdated, today);
		return new PlanViews.Action(id, recId, recNumber, d.actionText(), d.leadAgency(), d.keyMilestones(),
				d.targetDate(), d.completedOn(), d.completionOutcome(), d.status(),
				PlanAction.isOverdue(d.status(), d.targetDate(), today), lastUpdated, days,
				d.status() != ActionStatus.COMPLETE && days > PlanViews.DRIFT_DAYS, updates, updateCount, version);
	}

}
