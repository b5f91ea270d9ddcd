package org.dhrqa.tracker.report;

import java.util.List;

/**
 * A paragraph's text before and after, each as segments with the changed words marked:
 * {@code before} holds the same and the removed words, {@code after} the same and the
 * added ones.
 */
public record TextChange(List<DiffSegment> before, List<DiffSegment> after) {

	public boolean changed() {
		return this.before.stream().anyMatch(DiffSegment::isRemoved)
				|| this.after.stream().anyMatch(DiffSegment::isAdded);
	}

	/** A text that is only added (a new paragraph) or only removed (a deleted one). */
	static TextChange added(String text) {
		return new TextChange(List.of(), List.of(new DiffSegment(DiffSegment.Kind.ADDED, text)));
	}

	static TextChange removed(String text) {
		return new TextChange(List.of(new DiffSegment(DiffSegment.Kind.REMOVED, text)), List.of());
	}

}
