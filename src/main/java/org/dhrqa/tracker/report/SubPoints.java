package org.dhrqa.tracker.report;

/**
 * The "(a)", "(b)" ... sub-points of one paragraph, and "(i)", "(ii)" ... within them. A
 * label counts only when it is the next in its sequence, so "(c)" in a sentence does not
 * start a sub-point. "(i)" after "(h)" is the letter i; otherwise it is roman.
 */
final class SubPoints {

	private static final String[] ROMANS = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
			"xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx" };

	private char nextLetter;

	private int nextRoman;

	private int nextDigit;

	private String letterKey;

	SubPoints() {
		reset();
	}

	void reset() {
		this.nextLetter = 'a';
		this.nextRoman = 1;
		this.nextDigit = 1;
		this.letterKey = "";
	}

	/**
	 * The key of the sub-point ("(b)", "(b)(ii)"), or null when it is out of sequence.
	 */
	String next(String label) {
		if (label.length() == 1 && label.charAt(0) == this.nextLetter) {
			this.letterKey = "(" + label + ")";
			this.nextLetter++;
			this.nextRoman = 1;
			return this.letterKey;
		}
		if (this.nextRoman <= ROMANS.length && ROMANS[this.nextRoman - 1].equals(label)) {
			this.nextRoman++;
			return this.letterKey + "(" + label + ")";
		}
		if (label.chars().allMatch(Character::isDigit) && Integer.parseInt(label) == this.nextDigit) {
			this.nextDigit++;
			this.letterKey = "";
			return "(" + label + ")";
		}
		return null;
	}

}
