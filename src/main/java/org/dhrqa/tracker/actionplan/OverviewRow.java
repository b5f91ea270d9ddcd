package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One action of a plan with its recommendation, as the plan's own page shows it, read as
 * values in one statement ({@link PlanActionRepository#overviewOf}). A recommendation
 * without actions is one row whose action fields are all null.
 */
record OverviewRow(Long recId, String recNumber, String recText, Scope recScope, String recAddressedTo, long recVersion,
		Long actionId, String actionText, String leadAgency, String keyMilestones, LocalDate targetDate,
		LocalDate completedOn, String completionOutcome, ActionStatus status, Instant createdAt, Long actionVersion,
		LocalDate latestUpdate, long updateCount) {

}
