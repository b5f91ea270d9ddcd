package org.dhrqa.tracker.letter;

/**
 * An issued letter is a record of what was sent: it cannot change; a correction is a new
 * version.
 */
class LetterAlreadyIssuedException extends RuntimeException {

	LetterAlreadyIssuedException() {
		super("The letter has been issued and cannot be changed");
	}

}
