package org.dhrqa.tracker.actionplan;

import java.util.Locale;
import java.util.regex.Pattern;

/** How the plan compares and cleans text. */
final class PlanText {

	/** Characters PostgreSQL refuses (NUL) or that no person means to type. */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private PlanText() {
	}

	/**
	 * What two texts must share to be the same: "Train GPs " and "train gps" are one
	 * action.
	 */
	static String key(String text) {
		return (text == null) ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	/** A spreadsheet cell without the control characters that some exports leave in. */
	static String withoutControlCharacters(String text) {
		return (text == null) ? null : CONTROL.matcher(text).replaceAll("");
	}

	/** The start of a long text, to name it in a sentence. */
	static String shortened(String text, int max) {
		String plain = SPACES.matcher(text.strip()).replaceAll(" ");
		return (plain.length() <= max) ? plain : plain.substring(0, max - 1).strip() + "…";
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
