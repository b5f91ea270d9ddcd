package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dhrqa.tracker.actionplan.PlanImport.Row;
import org.dhrqa.tracker.actionplan.PlanImportStore.StagedRow;
import org.dhrqa.tracker.shared.history.Actor;

import org.springframework.stereotype.Component;

/**
 * Applies checked rows to a locked plan, row by row, so the same code serves an import
 * applied at once and one applied in batches in the background. Each row finds its
 * recommendation by itself (by number, or by wording), so a batch needs nothing from the
 * one before.
 */
@Component
class PlanImportApplier {

	/** What the rows did. */
	record Counts(int added, int updated, int skipped) {

		static final Counts NONE = new Counts(0, 0, 0);

		Counts plus(Counts other) {
			return new Counts(this.added + other.added, this.updated + other.updated, this.skipped + other.skipped);
		}

	}

	private final PlanHistory history;

	PlanImportApplier(PlanHistory history) {
		this.history = history;
	}

	Counts apply(ActionPlan plan, List<StagedRow> rows, ImportMode mode, Actor actor, Instant now) {
		Map<Long, PlanAction> actions = new HashMap<>();
		plan.getRecommendations()
			.forEach((rec) -> rec.getActions().forEach((action) -> actions.put(action.getId(), action)));
		int added = 0;
		int updated = 0;
		int skipped = 0;
		for (StagedRow staged : rows) {
			Row row = staged.row();
			Recommendation rec = recommendation(plan, row, mode, actor, now);
			if (row.recommendationOnly()) {
				continue;
			}
			PlanAction existing = (mode == ImportMode.SKIP || mode == ImportMode.UPDATE)
					? actions.get(staged.matchedActionId()) : null;
			if (existing == null) {
				rec.addAction(row.details(), actor.name(), now);
				added++;
			}
			else if (mode == ImportMode.SKIP) {
				skipped++;
			}
			else {
				ActionDetails before = existing.details();
				ActionDetails after = merged(before, row);
				if (before.equals(after)) {
					skipped++;
				}
				else {
					existing.edit(after, actor.name(), now);
					this.history.actionEdited(plan.getReviewId(), rec.getNumber(), before, existing.details(), actor);
					updated++;
				}
			}
		}
		plan.touched(now);
		return new Counts(added, updated, skipped);
	}

	private Recommendation recommendation(ActionPlan plan, Row row, ImportMode mode, Actor actor, Instant now) {
		Recommendation rec = PlanMatching.recommendationFor(plan, row).orElse(null);
		if (rec == null) {
			String number = (row.recommendationNumber() != null) ? row.recommendationNumber() : plan.nextNumber();
			return plan.addRecommendation(number, row.recommendationText(), row.scope(), row.addressedTo(),
					actor.name(), now);
		}
		if (mode == ImportMode.UPDATE && row.startsRecommendation() && !(rec.getText().equals(row.recommendationText())
				&& rec.getScope() == row.scope() && Objects.equals(rec.getAddressedTo(), row.addressedTo()))) {
			Map<String, String> before = this.history.fields(rec.getNumber(), rec.getText(), rec.getScope(),
					rec.getAddressedTo());
			rec.edit(rec.getNumber(), row.recommendationText(), row.scope(), row.addressedTo(), actor.name(), now);
			this.history.recommendationEdited(plan.getReviewId(), rec.getNumber(), before,
					this.history.fields(rec.getNumber(), rec.getText(), rec.getScope(), rec.getAddressedTo()), actor);
		}
		return rec;
	}

	/**
	 * The spreadsheet's version of an action. A spreadsheet that says nothing of progress
	 * (no status, no completion) leaves the progress the plan records as it is.
	 */
	static ActionDetails merged(ActionDetails current, Row row) {
		ActionDetails given = row.details();
		if (row.statusGiven() || given.completedOn() != null) {
			return normalised(given);
		}
		return normalised(new ActionDetails(given.actionText(), given.leadAgency(), given.keyMilestones(),
				given.targetDate(), current.completedOn(),
				(given.completionOutcome() != null) ? given.completionOutcome() : current.completionOutcome(),
				current.status()));
	}

	// as the action keeps them: a completion date makes it complete
	private static ActionDetails normalised(ActionDetails d) {
		return new ActionDetails(d.actionText(), d.leadAgency(), d.keyMilestones(), d.targetDate(), d.completedOn(),
				d.completionOutcome(), (d.completedOn() != null) ? ActionStatus.COMPLETE : d.status());
	}

}
