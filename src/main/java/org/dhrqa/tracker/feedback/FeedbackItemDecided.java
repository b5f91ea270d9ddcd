package org.dhrqa.tracker.feedback;

import org.dhrqa.tracker.shared.history.Actor;

/**
 * The secretariat accepted or returned a feedback item. Published for other modules (the
 * letter module approves a review for publication when its last item is accepted;
 * readiness and dashboards count them; the CSP is told) so none of them reads this
 * module's tables. It carries the item's number, assignee and the decision's note (the
 * reason, for a return) as they were when decided.
 */
public record FeedbackItemDecided(Long itemId, Long reviewId, Long letterId, FeedbackStatus status,
		boolean allOfLetterAccepted, Actor decidedBy, int number, Long assigneeUserId, String note) {

}
