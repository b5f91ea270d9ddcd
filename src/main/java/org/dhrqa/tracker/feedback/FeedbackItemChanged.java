package org.dhrqa.tracker.feedback;

import org.dhrqa.tracker.shared.history.Actor;

/**
 * A feedback item moved on: assigned, dated, responded to, commented, opened. (Decisions
 * by the secretariat are {@link FeedbackItemDecided}.)
 */
public record FeedbackItemChanged(Long itemId, Long reviewId, FeedbackStatus status, String change, Actor by) {

}
