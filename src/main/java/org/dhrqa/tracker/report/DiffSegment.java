package org.dhrqa.tracker.report;

/**
 * A run of words in a compared paragraph: the same in both versions, removed from the
 * earlier one, or added in the later one. {@code text} includes the space before it.
 */
public record DiffSegment(Kind kind, String text) {

	public enum Kind {

		SAME, REMOVED, ADDED

	}

	public boolean isSame() {
		return this.kind == Kind.SAME;
	}

	public boolean isRemoved() {
		return this.kind == Kind.REMOVED;
	}

	public boolean isAdded() {
		return this.kind == Kind.ADDED;
	}

}
