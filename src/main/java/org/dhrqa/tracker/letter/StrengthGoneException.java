package org.dhrqa.tracker.letter;

/** The strength a person was working on was removed from the letter meanwhile. */
class StrengthGoneException extends RuntimeException {

	StrengthGoneException() {
		super("The strength is no longer in the letter");
	}

}
