package org.dhrqa.tracker.actionplan;

import java.time.Instant;

/**
 * A save made from a page opened before someone else's save: refused, naming who changed
 * the record and when, so the person can check before saving again.
 */
class PlanChangedMeanwhileException extends RuntimeException {

	private final String changedBy;

	private final Instant changedAt;

	private final long currentVersion;

	PlanChangedMeanwhileException(String changedBy, Instant changedAt, long currentVersion) {
		super("Changed meanwhile by " + changedBy);
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.currentVersion = currentVersion;
	}

	String changedBy() {
		return this.changedBy;
	}

	Instant changedAt() {
		return this.changedAt;
	}

	long currentVersion() {
		return this.currentVersion;
	}

}
