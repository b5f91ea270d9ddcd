package org.dhrqa.tracker.letter;

/** A meeting with letters started for it stays: the letters belong to it. */
class MeetingInUseException extends RuntimeException {

	MeetingInUseException() {
		super("The meeting has letters");
	}

}
