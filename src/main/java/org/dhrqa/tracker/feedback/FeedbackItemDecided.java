package org.dhrqa.tracker.feedback;

/**
 * The secretariat accepted or returned a feedback item. Published for other modules (the
 * letter module approves a review for publication when its last item is accepted;
 * readiness and dashboards count them) so none of them reads this module's tables.
 */
public record FeedbackItemDecided(Long itemId, Long reviewId, Long letterId, FeedbackStatus status,
		boolean allOfLetterAccepted, org.dhrqa.tracker.shared.history.Actor decidedBy) {

}
