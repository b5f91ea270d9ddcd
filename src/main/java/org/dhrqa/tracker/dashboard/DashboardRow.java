package org.dhrqa.tracker.dashboard;

import java.time.LocalDate;

import org.dhrqa.tracker.review.ReviewStage;

/**
 * One review's row of the dashboard's read model: the figures the dashboard, its CSV and
 * {@code /api/reviews} show, as worked out by the modules that own their rules, as of a
 * day ({@link #asOf}: overdue and drifting counts and the six-month target move with the
 * date).
 */
public record DashboardRow(Long reviewId, Long cspId, String csp, String reference, String pseudonym, ReviewStage stage,
		LocalDate stageSince, LocalDate notifiedOn, LocalDate decisionOn, LocalDate submittedToQaOn,
		LocalDate publishedOn, String letterOutcome, LocalDate firstLetterOn, int openItems, int respondedItems,
		int acceptedItems, int totalItems, int overdueItems, int planActions, int overdueActions, int driftingActions,
		int readinessDone, int readinessTotal, boolean readyToPublish, boolean blockedByItems, boolean pastTarget,
		Integer daysLetterToPublication, LocalDate asOf) {

}
