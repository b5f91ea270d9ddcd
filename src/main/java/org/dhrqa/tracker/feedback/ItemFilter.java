package org.dhrqa.tracker.feedback;

/**
 * Filters of the item lists, as they arrive from the query string (null means any): a CSP
 * (for the secretariat's list across CSPs), status, assignee, category, and only overdue
 * items.
 */
public record ItemFilter(Long csp, FeedbackStatus status, Long assignee, boolean overdueOnly,
		FeedbackCategory category) {

	public static final ItemFilter NONE = new ItemFilter(null, null, null, false, null);

}
