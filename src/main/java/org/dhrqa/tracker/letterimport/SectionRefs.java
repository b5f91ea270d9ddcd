package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraph of the report an item points at: "In 16.2.7", "At 1.6", "paragraph 4.3",
 * "paras 5.1-5.4", "section 2", "(see 3.1)". A bare number counts only after a word that
 * names a paragraph; after "in" or "at" it must have a dot, so "in 2023" is never one.
 */
final class SectionRefs {

	static final int MAX_LENGTH = 50;

	private static final String NUMBER = "\\d{1,3}(?:\\.\\d{1,3}){0,4}[a-z]?";

	private static final String DOTTED = "\\d{1,3}(?:\\.\\d{1,3}){1,4}[a-z]?";

	private static final String RANGE = "(?:\\s*(?:-|to|and|&|,)\\s*(?:paras?\\.?\\s*|paragraphs?\\s*)?";

	private static final Pattern NAMED = Pattern.compile("\\b(?:paragraphs?|paras?\\.?|para\\.|pp?\\.?\\s?paras?|"
			+ "sections?|§§?)\\s*(" + NUMBER + RANGE + NUMBER + ")*)(?![\\d.]*\\d)", Pattern.CASE_INSENSITIVE);

	private static final Pattern AFTER_PREPOSITION = Pattern.compile(
			"\\b(?:in|at|see|under|within|from|on)\\s+(" + DOTTED + RANGE + DOTTED + ")*)(?!\\.?\\d)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LEADING = Pattern.compile("^(" + DOTTED + ")\\b");

	private static final Pattern BRACKETED = Pattern.compile("\\((?:see\\s+)?(" + DOTTED + ")\\)");

	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|and|&)\\s*(?:paras?\\.?\\s*|paragraphs?\\s*)?",
			Pattern.CASE_INSENSITIVE);

	private SectionRefs() {
	}

	private record Ref(int start, int end, String value) {

	}

	/**
	 * The references the text cites, in order ("16.2.7", "5.1-5.4", "3.2, 4.5"), or null.
	 */
	static String of(String text) {
		String plain = Phrases.plain(text);
		List<Ref> refs = new ArrayList<>();
		for (Pattern pattern : List.of(LEADING, NAMED, AFTER_PREPOSITION, BRACKETED)) {
			Matcher matcher = pattern.matcher(plain);
			while (matcher.find()) {
				int start = matcher.start(1);
				String value = matcher.group(1).trim();
				boolean seen = refs.stream().anyMatch((ref) -> start >= ref.start() && start < ref.end());
				if (!seen && !isYear(value)) {
					refs.add(new Ref(start, matcher.end(1), normalise(value)));
				}
			}
		}
		if (refs.isEmpty()) {
			return null;
		}
		List<String> ordered = refs.stream()
			.sorted(Comparator.comparingInt(Ref::start))
			.map(Ref::value)
			.distinct()
			.toList();
		String joined = String.join(", ", ordered);
		return (joined.length() <= MAX_LENGTH) ? joined : ordered.get(0);
	}

	private static String normalise(String value) {
		String range = value.replaceAll("\\s*(?:-|to)\\s*(?:paras?\\.?\\s*|paragraphs?\\s*)?", "-");
		return SEPARATOR.matcher(range).replaceAll(", ");
	}

	private static boolean isYear(String value) {
		return value.matches("(19|20)\\d\\d");
	}

}
