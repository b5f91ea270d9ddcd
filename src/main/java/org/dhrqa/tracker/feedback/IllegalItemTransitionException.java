package org.dhrqa.tracker.feedback;

/**
 * A status change the item's lifecycle does not allow, such as accepting an item nobody
 * has answered.
 */
class IllegalItemTransitionException extends RuntimeException {

	IllegalItemTransitionException(FeedbackStatus from, FeedbackStatus to) {
		super("A feedback item cannot move from " + from + " to " + to);
	}

}
