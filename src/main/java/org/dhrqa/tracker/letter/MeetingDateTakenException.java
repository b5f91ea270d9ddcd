package org.dhrqa.tracker.letter;

/** Another meeting has this date (perhaps scheduled a moment ago by someone else). */
class MeetingDateTakenException extends RuntimeException {

	MeetingDateTakenException() {
		super("There is already a meeting on this date");
	}

}
