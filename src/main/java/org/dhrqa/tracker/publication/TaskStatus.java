package org.dhrqa.tracker.publication;

/** The GOV.UK task list statuses. */
public enum TaskStatus {

	CANNOT_START, NOT_STARTED, IN_PROGRESS, COMPLETED;

	public String messageKey() {
		return "task.status." + name();
	}

	/** Completed is shown as plain text; the others as tags. */
	public String tagColour() {
		return switch (this) {
			case CANNOT_START -> "grey";
			case NOT_STARTED -> "blue";
			case IN_PROGRESS -> "light-blue";
			case COMPLETED -> null;
		};
	}

}
