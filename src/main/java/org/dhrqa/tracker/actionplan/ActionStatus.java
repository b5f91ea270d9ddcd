package org.dhrqa.tracker.actionplan;

/** Where an action stands. Overdue is not stored: it follows from the target date. */
public enum ActionStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETE;

	public String messageKey() {
		return "actionStatus." + name();
	}

	public String tagColour() {
		return switch (this) {
			case NOT_STARTED -> "grey";
			case IN_PROGRESS -> "blue";
			case COMPLETE -> "green";
		};
	}

}
