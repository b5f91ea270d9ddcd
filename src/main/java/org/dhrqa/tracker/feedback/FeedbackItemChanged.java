package org.dhrqa.tracker.feedback;

import org.dhrqa.tracker.shared.history.Actor;

/**
 * A feedback item moved on: assigned, dated, responded to, commented, opened. (Decisions
 * by the secretariat are {@link FeedbackItemDecided}.) It carries the item's number and
 * assignee as they were at the change, so that whoever is told of it later names the
 * right area and person.
 */
public record FeedbackItemChanged(Long itemId, Long reviewId, FeedbackStatus status, String change, Actor by,
		int number, Long assigneeUserId) {

}
