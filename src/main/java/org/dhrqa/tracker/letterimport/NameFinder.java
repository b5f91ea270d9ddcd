package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSP and the victims' pseudonyms, as the letter writes them. The opening paragraph
 * names both ("the Domestic Homicide Review (DHR) report (Salome) for Kent &amp; Medway
 * Community Safety Partnership"); other wordings are tried after it.
 */
final class NameFinder {

	private static final String PARTNERSHIP = "(?:Community Safety Partnership|Safety Partnership|Partnership"
			+ "|CSP|Community Safety Board)";

	private static final String PROPER_WORD = "(?:[A-Z][\\p{L}'\\-.]*|&|and|of|upon|on|the|[A-Z]{2,})";

	/**
	 * "for Kent &amp; Medway Community Safety Partnership", "on behalf of Safer Devon
	 * Partnership".
	 */
	private static final Pattern CSP_AFTER_WORD = Pattern.compile("\\b(?:for|from|of|by|to|with)\\s+(?:the\\s+)?("
			+ "[A-Z][\\p{L}'\\-.]*(?:\\s+" + PROPER_WORD + ")*?\\s+" + PARTNERSHIP + ")\\b");

	/** "Devon CSP", "Safer Leeds Partnership" anywhere. */
	private static final Pattern CSP_ANYWHERE = Pattern
		.compile("\\b([A-Z][\\p{L}'\\-.]*(?:\\s+" + PROPER_WORD + ")*?\\s+" + PARTNERSHIP + ")\\b");

	private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,6}|DHRs?|DARDRs?|CSPs?|QA");

	/**
	 * The parenthesis after "report" or "review" in the opening: "(Salome)", "('Ben')".
	 */
	private static final Pattern NAME_IN_BRACKETS = Pattern.compile("\\b(?:report|review|DHR|DARDR|overview report)"
			+ "\\s*(?:\\((?:DHR|DARDR)\\)\\s*)?(?:report\\s*)?(?:into\\s+|regarding\\s+|concerning\\s+)?\\(([^()]{1,80})\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DEATH_OF = Pattern
		.compile("\\b(?:deaths?|murders?|killings?|homicides?|suicides?)\\s+of"
				+ "\\s+((?:(?:Mrs|Mr|Ms|Miss|Mx|Dr)\\.?\\s+)?['\"]?[A-Z][\\p{L}\\-]*['\"]?(?:\\s+[A-Z]\\b)?"
				+ "(?:\\s*(?:,|and|&)\\s*(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr)\\.?\\s+)?['\"]?[A-Z][\\p{L}\\-]*['\"]?(?:\\s+[A-Z]\\b)?)*)");

	private static final Pattern SUBJECT_LINE = Pattern.compile("^(?:re|subject|dhr|dardr|review)\\s*[:\\-]\\s*(.+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUOTED = Pattern.compile("'([A-Z][\\p{L}\\-]*(?:\\s+[A-Z][\\p{L}\\-]*)?)'");

	private static final Set<String> NOT_NAMES = Set.of("dhr", "dardr", "csp", "qa", "the", "report", "review", "panel",
			"home office", "domestic homicide review", "domestic abuse related death review", "overview report",
			"executive summary", "action plan");

	private NameFinder() {
	}

	/** The CSP as the letter names it, without "(CSP)" and a leading "the". */
	static String csp(List<String> openingFirst) {
		for (Pattern pattern : List.of(CSP_AFTER_WORD, CSP_ANYWHERE)) {
			for (String text : openingFirst) {
				Matcher matcher = pattern.matcher(Phrases.plain(text).replace('\n', ' '));
				while (matcher.find()) {
					String name = tidyCsp(originalSpan(text, matcher.start(1), matcher.end(1)));
					if (name != null) {
						return name;
					}
				}
			}
		}
		return null;
	}

	private static String tidyCsp(String name) {
		String tidy = name.replaceAll("\\s+", " ").replaceFirst("^(?i)the ", "").trim();
		String lower = tidy.toLowerCase(Locale.UK);
		// "Home Office Quality Assurance Panel" and friends are not CSPs
		if (lower.startsWith("home office") || lower.contains("quality assurance") || lower.startsWith("qa ")
				|| lower.equals("csp") || lower.startsWith("domestic abuse")) {
			return null;
		}
		return tidy;
	}

	/** Each victim's pseudonym, in the order the letter gives them. */
	static List<String> pseudonyms(List<String> openingFirst, List<String> headerLines) {
		for (String text : openingFirst) {
			String plain = Phrases.plain(text).replace('\n', ' ');
			Matcher matcher = NAME_IN_BRACKETS.matcher(plain);
			while (matcher.find()) {
				List<String> names = split(originalSpan(text, matcher.start(1), matcher.end(1)));
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		for (String text : openingFirst) {
			Matcher matcher = DEATH_OF.matcher(Phrases.plain(text).replace('\n', ' '));
			if (matcher.find()) {
				List<String> names = split(originalSpan(text, matcher.start(1), matcher.end(1)));
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		for (String line : headerLines) {
			Matcher matcher = SUBJECT_LINE.matcher(Phrases.plain(line).strip());
			if (matcher.find()) {
				Matcher quoted = QUOTED.matcher(matcher.group(1));
				if (quoted.find()) {
					return split(quoted.group(1));
				}
			}
		}
		for (String text : openingFirst.subList(0, Math.min(1, openingFirst.size()))) {
			Matcher quoted = QUOTED.matcher(Phrases.plain(text));
			if (quoted.find()) {
				return split(originalSpan(text, quoted.start(1), quoted.end(1)));
			}
		}
		return List.of();
	}

	/** "'Anne' and 'Michael'" becomes Anne and Michael; abbreviations are not names. */
	static List<String> split(String names) {
		Set<String> found = new LinkedHashSet<>();
		for (String part : names.split("\\s*(?:,|/|;|&|\\band\\b)\\s*")) {
			String name = part.strip()
				.replaceAll("^[\"'\u2018\u2019\u201C\u201D]+|[\"'\u2018\u2019\u201C\u201D]+$", "")
				.strip();
			if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.UK))
					|| (ABBREVIATION.matcher(name).matches() && name.length() > 1)
					|| !Character.isUpperCase(name.codePointAt(0)) || Phrases.words(name) > 4) {
				continue;
			}
			found.add(name);
		}
		return new ArrayList<>(found);
	}

	/**
	 * The words at these positions of the plain text, from the original (plain text has
	 * the same length: it only swaps quote and dash characters).
	 */
	private static String originalSpan(String original, int start, int end) {
		return original.replace('\n', ' ').substring(start, end);
	}

}
