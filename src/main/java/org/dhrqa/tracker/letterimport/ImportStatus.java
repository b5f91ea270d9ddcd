package org.dhrqa.tracker.letterimport;

/**
 * Where an imported letter is: waiting to be read, read and waiting for a person,
 * unreadable, confirmed as a tracked letter, or discarded.
 */
enum ImportStatus {

	QUEUED, PARSED, FAILED, CONFIRMED, DISCARDED;

	public String messageKey() {
		return "letterImport.status." + name();
	}

	public String tagColour() {
		return switch (this) {
			case QUEUED -> "grey";
			case PARSED -> "blue";
			case FAILED -> "red";
			case CONFIRMED -> "green";
			case DISCARDED -> "grey";
		};
	}

	/** Still needs something from a person or the parser. */
	public boolean isOpen() {
		return this == QUEUED || this == PARSED || this == FAILED;
	}

}
