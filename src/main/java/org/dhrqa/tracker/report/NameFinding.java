package org.dhrqa.tracker.report;

import java.util.List;

/**
 * Where a name occurs in a version's text: the paragraphs (in report order) and how many
 * times in all.
 */
public record NameFinding(String name, List<String> reasons, List<String> paragraphs, int occurrences) {

	/** Paragraphs listed in full on the page; the rest are counted. */
	public static final int SHOWN = 40;

	public boolean found() {
		return this.occurrences > 0;
	}

	public List<String> shownParagraphs() {
		return this.paragraphs.subList(0, Math.min(SHOWN, this.paragraphs.size()));
	}

	public int notShown() {
		return Math.max(0, this.paragraphs.size() - SHOWN);
	}

}
