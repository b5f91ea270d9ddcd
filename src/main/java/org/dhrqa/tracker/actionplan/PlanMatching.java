package org.dhrqa.tracker.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dhrqa.tracker.actionplan.PlanImport.Row;

/**
 * Which rows of a spreadsheet the plan already has: the same recommendation (by number,
 * or by its wording when the spreadsheet gives none) and the same action text, whatever
 * the case and spacing. This is what stops a plan imported twice from doubling.
 */
final class PlanMatching {

	private PlanMatching() {
	}

	/** For each row, the id of the action it matches, or null. */
	static List<Long> matches(ActionPlan plan, List<Row> rows) {
		List<Long> matches = new ArrayList<>(rows.size());
		for (Row row : rows) {
			matches.add((plan == null || row.recommendationOnly()) ? null
					: recommendationFor(plan, row).flatMap((rec) -> actionFor(rec, row.details().actionText()))
						.map(PlanAction::getId)
						.orElse(null));
		}
		return matches;
	}

	/** The plan's recommendation a row belongs to, if the plan has it. */
	static Optional<Recommendation> recommendationFor(ActionPlan plan, Row row) {
		if (row.recommendationNumber() != null) {
			return plan.recommendationNumbered(row.recommendationNumber());
		}
		String wanted = PlanText.key(row.recommendationText());
		return plan.getRecommendations()
			.stream()
			.filter((rec) -> PlanText.key(rec.getText()).equals(wanted))
			.findFirst();
	}

	private static Optional<PlanAction> actionFor(Recommendation rec, String actionText) {
		String wanted = PlanText.key(actionText);
		return rec.getActions()
			.stream()
			.filter((action) -> PlanText.key(action.details().actionText()).equals(wanted))
			.findFirst();
	}

}
