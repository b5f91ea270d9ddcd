package org.dhrqa.tracker.report;

/**
 * One paragraph that differs between two versions: added, removed, or changed (its words
 * marked). {@code before} is null for an added paragraph, {@code after} for a removed
 * one.
 */
public record ParagraphChange(Kind kind, ReportParagraph before, ReportParagraph after, TextChange text) {

	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/** The number to list it under: the later version's, or the earlier's if removed. */
	public String number() {
		return (this.after != null) ? this.after.number() : this.before.number();
	}

	/** Changed and given another number ("16.2.8, was 16.2.7"). */
	public boolean renumbered() {
		return this.before != null && this.after != null && !this.before.number().equals(this.after.number());
	}

	public boolean isAdded() {
		return this.kind == Kind.ADDED;
	}

	public boolean isRemoved() {
		return this.kind == Kind.REMOVED;
	}

	public boolean isChanged() {
		return this.kind == Kind.CHANGED;
	}

}
