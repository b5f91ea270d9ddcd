package org.dhrqa.tracker.publication;

/**
 * The pack needs a final report, the issued letter, and every item accepted (or a
 * manager's override).
 */
class PackNotPossibleException extends RuntimeException {

	PackNotPossibleException() {
		super("The publication pack cannot be assembled yet");
	}

}
