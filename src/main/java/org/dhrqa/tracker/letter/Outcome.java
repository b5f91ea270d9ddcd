package org.dhrqa.tracker.letter;

/** The QA Panel's decision on a report. */
public enum Outcome {

	APPROVED, APPROVED_SUBJECT_TO_CHANGES, RESUBMIT;

	String templateKey() {
		return "OUTCOME_" + name();
	}

	public String messageKey() {
		return "outcome." + name();
	}

}
