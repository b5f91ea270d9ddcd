package org.dhrqa.tracker.letter;

/** Someone else saved the letter after this person opened it. */
class LetterChangedMeanwhileException extends RuntimeException {

	LetterChangedMeanwhileException() {
		super("The letter was changed by someone else");
	}

}
