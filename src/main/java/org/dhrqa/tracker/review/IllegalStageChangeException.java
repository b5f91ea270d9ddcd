package org.dhrqa.tracker.review;

/**
 * A stage change the lifecycle does not allow (for example from NOTIFIED straight to
 * PUBLISHED).
 */
class IllegalStageChangeException extends RuntimeException {

	private final ReviewStage from;

	private final ReviewStage to;

	IllegalStageChangeException(ReviewStage from, ReviewStage to) {
		super("A review cannot move from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public ReviewStage getFrom() {
		return this.from;
	}

	public ReviewStage getTo() {
		return this.to;
	}

}
