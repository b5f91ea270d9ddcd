package org.dhrqa.tracker.report;

/**
 * How far reading a version's text has got: waiting, being read (pages done of the
 * total), ready (with its number of paragraphs), or failed, with the key of a message
 * that says why in words.
 */
public record TextStatus(Long versionId, State state, int pagesDone, int pageCount, int paragraphCount,
		String failureKey) {

	public enum State {

		PENDING, RUNNING, DONE, FAILED

	}

	/** Not read yet, or being read: pages showing this may refresh themselves. */
	public boolean isWorking() {
		return this.state == State.PENDING || this.state == State.RUNNING;
	}

	public boolean isReady() {
		return this.state == State.DONE;
	}

	public boolean isFailed() {
		return this.state == State.FAILED;
	}

	public boolean isStarted() {
		return this.state == State.RUNNING;
	}

	public int percent() {
		return (this.pageCount == 0) ? 0 : Math.min(100, this.pagesDone * 100 / this.pageCount);
	}

}
