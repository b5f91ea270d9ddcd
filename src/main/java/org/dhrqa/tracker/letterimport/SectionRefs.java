package org.dhrqa.tracker.letterimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first paragraph or section of the report an item points at, reduced to its number:
 * "In 16.2.7", "At 1.6", "paragraph 4.3", "para. 3.2", "Section 9", "(see 12.4)", "(e.g.
 * 7.2)". A range keeps both ends with a plain hyphen ("paras 5.1–5.4" gives "5.1-5.4"); a
 * list gives its first number. A bare number counts only after a word that names a
 * paragraph; otherwise it needs a dot, so "in 2021", "Recommendation 4" and "page 23" are
 * never references, and neither is a section of an Act.
 */
final class SectionRefs {

	static final int MAX_LENGTH = 50;

	private static final String NUMBER = "\\d{1,3}(?:\\.\\d{1,3}){0,4}";

	private static final String DOTTED = "\\d{1,3}(?:\\.\\d{1,3}){1,4}";

	private static final String TO = "\\s*(?:-|to)\\s*(?:paras?\\.?\\s*|paragraphs?\\s*)?";

	private static final Pattern NAMED = Pattern.compile("\\b(?:paragraphs?|paras?\\.?|sections?|\u00A7\u00A7?)\\s*("
			+ NUMBER + "(?:" + TO + NUMBER + ")?)(?![\\d]|\\.\\d)", Pattern.CASE_INSENSITIVE);

	private static final Pattern DOTTED_NUMBER = Pattern
		.compile("(?<![\\d.\u00A3$\u20AC])(" + DOTTED + "(?:" + TO + DOTTED + ")?)(?![\\d]|\\.\\d)");

	/** What a dotted number is when it is not a paragraph: an amount, a size, a time. */
	private static final Pattern NOT_A_PARAGRAPH = Pattern.compile(
			"^\\s*(%|per\\s?cent|mb|kb|gb|hours?|hrs?"
					+ "|minutes?|mins?|years?|months?|weeks?|days?|am|pm|million|billion|miles?|km|kg|metres?)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ACT = Pattern.compile("^\\s*of\\s+(the\\s+)?[A-Z][\\p{L} ()]{0,80}?\\bAct\\b");

	private SectionRefs() {
	}

	/** The first reference the text cites ("16.2.7", "5.1-5.4"), or null. */
	static String of(String text) {
		String plain = Phrases.plain(text);
		Candidate named = first(NAMED, plain, true);
		Candidate dotted = first(DOTTED_NUMBER, plain, false);
		Candidate first = (named == null) ? dotted
				: (dotted == null || named.start() <= dotted.start()) ? named : dotted;
		if (first == null) {
			return null;
		}
		String value = first.value().replaceAll(TO, "-");
		return (value.length() <= MAX_LENGTH) ? value : null;
	}

	private record Candidate(int start, String value) {

	}

	private static Candidate first(Pattern pattern, String text, boolean named) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			String after = text.substring(matcher.end());
			String value = matcher.group(1);
			if (NOT_A_PARAGRAPH.matcher(after).find() || (named && ACT.matcher(after).find())) {
				continue;
			}
			if (!named && isDate(text, matcher.start(1), value)) {
				continue;
			}
			return new Candidate(matcher.start(1), value);
		}
		return null;
	}

	/** "19.06.2024" is a date, not paragraph 19.06. */
	private static boolean isDate(String text, int start, String value) {
		int end = start + value.length();
		return end < text.length() && text.charAt(end) == '.' && end + 1 < text.length()
				&& Character.isDigit(text.charAt(end + 1));
	}

}
