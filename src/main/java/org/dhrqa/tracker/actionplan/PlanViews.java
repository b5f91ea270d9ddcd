package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.util.List;

/** The action plan as pages, exports and the annex read it. */
public final class PlanViews {

	/** An action with no update for this many days is drifting. */
	public static final int DRIFT_DAYS = 90;

	private PlanViews() {
	}

	public record Plan(Long reviewId, List<Rec> recommendations) {

		public List<Action> actions() {
			return this.recommendations.stream().flatMap((rec) -> rec.actions().stream()).toList();
		}

		public long overdue() {
			return actions().stream().filter(Action::overdue).count();
		}

		public long drifting() {
			return actions().stream().filter(Action::drifting).count();
		}

		public boolean hasUpdates() {
			return actions().stream().anyMatch((action) -> action.updateCount() > 0);
		}

		/** How many actions have at least one dated implementation update. */
		public long actionsWithUpdates() {
			return actions().stream().filter((action) -> action.updateCount() > 0).count();
		}

		/**
		 * The annex is ready when the plan has actions and every action still open has an
		 * implementation update (a complete one carries its completion and outcome).
		 */
		public boolean annexReady() {
			return !actions().isEmpty() && actions().stream()
				.allMatch((action) -> action.status() == ActionStatus.COMPLETE || action.updateCount() > 0);
		}

	}

	/**
	 * A plan in figures, for the review hub, publication readiness and the dashboard:
	 * counted in SQL, not loaded. {@code withUpdates} is {@link Plan#actionsWithUpdates},
	 * {@code openWithoutUpdates} the actions not complete that have no update yet.
	 */
	public record Figures(Long reviewId, long recommendations, long actions, long overdue, long drifting,
			long withUpdates, long openWithoutUpdates) {

		/** {@link Plan#annexReady}, from the figures. */
		public boolean annexReady() {
			return this.actions > 0 && this.openWithoutUpdates == 0;
		}

	}

	public record Rec(Long id, String number, String text, Scope scope, String addressedTo, long version,
			List<Action> actions) {

	}

	/**
	 * An action as a page shows it. {@code updates} are its dated updates, oldest first;
	 * {@code updateCount} is how many it has, also where the updates themselves were not
	 * read ({@link ActionPlans#overview}: the plan's own page shows only the latest day).
	 */
	public record Action(Long id, Long recommendationId, String recommendationNumber, String actionText,
			String leadAgency, String keyMilestones, LocalDate targetDate, LocalDate completedOn,
			String completionOutcome, ActionStatus status, boolean overdue, LocalDate lastUpdated, long daysSinceUpdate,
			boolean drifting, List<UpdateView> updates, long updateCount, long version) {

	}

}
