package org.dhrqa.tracker.publication;

/**
 * A confirmation whose turn has not come (nothing to publish yet), or an undo of one that
 * was never recorded.
 */
class TaskNotAvailableException extends RuntimeException {

	TaskNotAvailableException() {
		super("The task cannot be recorded now");
	}

}
