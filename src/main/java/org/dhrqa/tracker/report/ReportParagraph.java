package org.dhrqa.tracker.report;

/**
 * One numbered paragraph of a report version, as its text was read from the PDF.
 * {@code number} is "16.2.7", "16.2.7(a)" for a sub-point, or empty for the text before
 * the first numbered paragraph (the front page). {@code title} is the heading when the
 * numbered line was one ("16. Analysis"); {@code page} is the PDF page where it starts;
 * {@code part} counts restarts of the numbering (an executive summary numbered apart from
 * the overview report).
 */
public record ReportParagraph(String number, String title, String text, int page, int part) {

	public boolean isFrontMatter() {
		return this.number.isEmpty();
	}

	/** Heading and text together: what a comparison compares. */
	public String fullText() {
		if (this.title == null || this.title.isEmpty()) {
			return this.text;
		}
		return this.text.isEmpty() ? this.title : this.title + " " + this.text;
	}

	/** Whether this is {@code number} itself or one of its sub-points. */
	boolean isWithin(String number) {
		return this.number.equals(number) || this.number.startsWith(number + "(");
	}

}
