package org.dhrqa.tracker.actionplan;

/** The uploaded file could not be read as CSV or as an Excel workbook. */
class UnreadablePlanFileException extends RuntimeException {

	UnreadablePlanFileException(Throwable cause) {
		super("The action plan file could not be read", cause);
	}

}
