package org.dhrqa.tracker.letter;

/**
 * Someone else changed (or removed) a strength after this person opened it: nothing was
 * saved. Carries the strength's words and version as they are now.
 */
class StrengthChangedMeanwhileException extends RuntimeException {

	private final String currentText;

	private final long currentVersion;

	StrengthChangedMeanwhileException(String currentText, long currentVersion) {
		super("The strength was changed by someone else");
		this.currentText = currentText;
		this.currentVersion = currentVersion;
	}

	String currentText() {
		return this.currentText;
	}

	long currentVersion() {
		return this.currentVersion;
	}

}
