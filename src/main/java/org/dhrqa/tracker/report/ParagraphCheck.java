package org.dhrqa.tracker.report;

/**
 * The paragraph a feedback item cites, as it was in the version the QA Panel read and as
 * it is in the version the CSP's response points to, with the change marked. Either side
 * says why it cannot be shown when it cannot (no such version, text not read yet, no such
 * paragraph). {@code now} is null until a response points to a version.
 */
public record ParagraphCheck(String number, Side read, Side now, TextChange change,
		boolean responseVersionNotOfReview) {

	public enum Finding {

		/** No version of the report was uploaded before the letter was issued. */
		NO_VERSION,
		/** The version's text is still being read. */
		WAITING,
		/** The version's text could not be read. */
		FAILED,
		/** The text was read, but has no such paragraph. */
		NOT_FOUND, FOUND

	}

	/**
	 * One version's side: the version, the paragraph number looked for, what was found.
	 */
	public record Side(ReportVersionView version, String number, Finding finding, ReportParagraph paragraph,
			TextStatus text) {

		public boolean found() {
			return this.finding == Finding.FOUND;
		}

		public boolean frontPage() {
			return this.number.isEmpty();
		}

	}

	/** The text before the first numbered paragraph: "Front page" in a letter. */
	public boolean frontPage() {
		return this.number.isEmpty();
	}

	/** Both sides were found, so they could be compared. */
	public boolean compared() {
		return this.now != null && this.read.found() && this.now.found();
	}

	/** The cited paragraph is word for word what the panel read. */
	public boolean unchanged() {
		return compared() && !this.change.changed();
	}

	public boolean changed() {
		return compared() && this.change.changed();
	}

	/** A page showing this may refresh itself until the texts are read. */
	public boolean working() {
		return this.read.finding() == Finding.WAITING || (this.now != null && this.now.finding() == Finding.WAITING);
	}

}
