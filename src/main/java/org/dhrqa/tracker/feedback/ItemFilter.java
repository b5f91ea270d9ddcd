package org.dhrqa.tracker.feedback;

/** Filters of the item lists, as they arrive from the query string (blank means any). */
public record ItemFilter(FeedbackStatus status, Long assignee, boolean overdueOnly, FeedbackCategory category) {

	public static final ItemFilter NONE = new ItemFilter(null, null, false, null);

}
