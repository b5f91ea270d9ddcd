package org.dhrqa.tracker.letter;

/**
 * A letter is drafted, then issued (and never changed again); a correction supersedes it.
 */
public enum LetterStatus {

	DRAFT, ISSUED, SUPERSEDED;

	public String messageKey() {
		return "letterStatus." + name();
	}

	public String tagColour() {
		return switch (this) {
			case DRAFT -> "yellow";
			case ISSUED -> "green";
			case SUPERSEDED -> "grey";
		};
	}

}
