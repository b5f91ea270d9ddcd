package org.dhrqa.tracker.report;

import java.util.List;

/**
 * Two versions compared: the paragraphs that changed, in report order, and how many did
 * not. {@code changes} is empty until both texts are ready.
 */
public record ReportComparison(ReportVersionView from, ReportVersionView to, TextStatus fromText, TextStatus toText,
		List<ParagraphChange> changes, int unchanged, int renumbered) {

	public boolean ready() {
		return this.fromText.isReady() && this.toText.isReady();
	}

	public boolean working() {
		return this.fromText.isWorking() || this.toText.isWorking();
	}

	public long changed() {
		return this.changes.stream().filter(ParagraphChange::isChanged).count();
	}

	public long added() {
		return this.changes.stream().filter(ParagraphChange::isAdded).count();
	}

	public long removed() {
		return this.changes.stream().filter(ParagraphChange::isRemoved).count();
	}

}
