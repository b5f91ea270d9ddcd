package org.dhrqa.tracker.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph number such as "16.2.7" or "16.2.7.": its label and its parts. For
 * ordering, trailing zero parts are dropped, so "1.0 Introduction" sits where "1" would.
 */
final class ParagraphNumber {

	/** A number at the start of a line, then the rest of the line. */
	static final Pattern AT_LINE_START = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,5})(\\.?)(?:\\s+(.*))?$");

	private static final Pattern WHOLE = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,5})\\.?$");

	private final String label;

	private final int[] ordinal;

	private ParagraphNumber(String label) {
		this.label = label;
		int[] parts = Arrays.stream(label.split("\\.")).mapToInt(Integer::parseInt).toArray();
		int length = parts.length;
		while (length > 1 && parts[length - 1] == 0) {
			length--;
		}
		this.ordinal = Arrays.copyOf(parts, length);
	}

	/** "16.2.7" or "16.2.7." on its own; anything else is not a paragraph number. */
	static Optional<ParagraphNumber> parse(String text) {
		Matcher matcher = WHOLE.matcher(text.trim());
		return matcher.matches() ? Optional.of(new ParagraphNumber(matcher.group(1))) : Optional.empty();
	}

	static ParagraphNumber ofLabel(String label) {
		return new ParagraphNumber(label);
	}

	String label() {
		return this.label;
	}

	int[] ordinal() {
		return this.ordinal;
	}

	boolean startsAtOne() {
		for (int part : this.ordinal) {
			if (part != 1) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return this.label;
	}

}
