package org.dhrqa.tracker.letterimport;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bullet or number that starts a list entry: "•", "-", "o", "", "1.", "2)", "(3)",
 * "a)", "(b)", "iv.", "A.". Its style ("1.", "a)", "•") tells levels apart when
 * indentation does not; its ordinal lets a reader check that "4." really continues a list
 * rather than being a number at the start of a wrapped line.
 */
record ListMarker(Kind kind, String style, int ordinal, int length) {

	enum Kind {

		BULLET, NUMBER, LETTER, ROMAN

	}

	private static final Pattern NUMBERED = Pattern
		.compile("^(?:\\((\\d{1,2})\\)|\\[(\\d{1,2})\\]|(\\d{1,2})(\\.\\)|[.):]))(\\s+)(?=\\S)");

	private static final Pattern LETTERED = Pattern
		.compile("^(?:\\(([a-zA-Z])\\)|([a-zA-Z])(\\.\\)|[.)]))(\\s+)(?=\\S)");

	private static final Pattern ROMAN_NUMERAL = Pattern.compile(
			"^(?:\\(((?:x|ix|iv|v?i{1,3}|v|xi{1,3})|(?:X|IX|IV|V?I{1,3}|V|XI{1,3}))\\)|((?:x|ix|iv|v?i{1,3}|v|xi{1,3})"
					+ "|(?:X|IX|IV|V?I{1,3}|V|XI{1,3}))(\\.\\)|[.)]))(\\s+)(?=\\S)");

	private static final String BULLETS = "-\u2013\u2014\u2022\u25CF\u25AA\u25A0\u25E6\u25CB\u00B7\u2023\u2043\u2219"
			+ "\u25BA\u25B8\u25B9\u27A2\u27A4\u2713\u2714\u2756\u25A1\u25C6\u25C7\u2666\u2192\u21D2*\u2212";

	private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
			"xi", "xii", "xiii");

	/**
	 * The marker at the start of {@code text} (already stripped of indentation), or null.
	 */
	static ListMarker of(String text) {
		if (text.isEmpty()) {
			return null;
		}
		ListMarker bullet = bullet(text);
		if (bullet != null) {
			return bullet;
		}
		Matcher number = NUMBERED.matcher(text);
		if (number.find()) {
			String digits = (number.group(1) != null) ? number.group(1)
					: (number.group(2) != null) ? number.group(2) : number.group(3);
			String style = (number.group(1) != null) ? "(1)"
					: (number.group(2) != null) ? "[1]" : "1" + number.group(4);
			return new ListMarker(Kind.NUMBER, style, Integer.parseInt(digits), number.end());
		}
		Matcher roman = ROMAN_NUMERAL.matcher(text);
		if (roman.find()) {
			String numeral = (roman.group(1) != null) ? roman.group(1) : roman.group(2);
			boolean upper = Character.isUpperCase(numeral.charAt(0));
			String style = (roman.group(1) != null) ? (upper ? "(I)" : "(i)") : (upper ? "I" : "i") + roman.group(3);
			return new ListMarker(Kind.ROMAN, style, ROMANS.indexOf(numeral.toLowerCase(Locale.UK)) + 1, roman.end());
		}
		Matcher letter = LETTERED.matcher(text);
		if (letter.find()) {
			String value = (letter.group(1) != null) ? letter.group(1) : letter.group(2);
			boolean upper = Character.isUpperCase(value.charAt(0));
			String style = (letter.group(1) != null) ? (upper ? "(A)" : "(a)") : (upper ? "A" : "a") + letter.group(3);
			return new ListMarker(Kind.LETTER, style, Character.toLowerCase(value.charAt(0)) - 'a' + 1, letter.end());
		}
		return null;
	}

	private static ListMarker bullet(String text) {
		int first = text.codePointAt(0);
		int width = Character.charCount(first);
		boolean symbol = BULLETS.indexOf(first) >= 0 || Character.getType(first) == Character.PRIVATE_USE
				|| Character.getType(first) == Character.OTHER_SYMBOL
				|| (first == 'o' && text.length() > 1 && Character.isWhitespace(text.charAt(1)))
				|| (first < 0x20 && first != '\t');
		if (!symbol || text.length() <= width || !Character.isWhitespace(text.charAt(width))) {
			return null;
		}
		int end = width;
		while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		if (end >= text.length()) {
			return null;
		}
		String glyph = new String(Character.toChars(first));
		return new ListMarker(Kind.BULLET, "bullet " + glyph, 0, end);
	}

	static boolean startsWithMarker(String line) {
		return of(line.stripLeading()) != null;
	}

	boolean isOrdered() {
		return this.kind != Kind.BULLET;
	}

	/** Whether this marker may start a list afresh: "1.", "a)", "i." or a bullet. */
	boolean isFirst() {
		return !isOrdered() || this.ordinal == 1;
	}

	/**
	 * "i." after "h." is the ninth letter, not the first roman numeral; likewise "v" and
	 * "x".
	 */
	ListMarker asLetter() {
		if (this.kind != Kind.ROMAN || this.ordinal > 10 || !"ivx".contains(romanLetter())) {
			return this;
		}
		String letter = romanLetter();
		String style = this.style.replace("i", "a").replace("I", "A");
		return new ListMarker(Kind.LETTER, style, letter.charAt(0) - 'a' + 1, this.length);
	}

	private String romanLetter() {
		return (this.ordinal == 1) ? "i" : (this.ordinal == 5) ? "v" : (this.ordinal == 10) ? "x" : "?";
	}

}
