package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSP and the victims' pseudonyms, as the letter writes them. Letters open with
 * "Thank you for submitting [the review] for [the CSP] to the Home Office …", so the CSP
 * is what stands between "for" and "to the Home Office", and the pseudonyms are the names
 * in what was submitted: "(Salome)", "DHR Chloe", "concerning Adult A", "the deaths of
 * Anna and Tom", "‘Margaret’". Other wordings are tried after those.
 */
final class NameFinder {

	private static final String PARTNERSHIP = "(?:Community Safety Partnership|Safety Partnership|Partnership"
			+ "|CSP|Community Safety Board)";

	private static final String PROPER_WORD = "(?:[A-Z][\\p{L}'\\-.]*|&|and|of|upon|on|the|[A-Z]{2,})";

	/**
	 * "for Safer Leeds to the Home Office", "for Kent &amp; Medway CSP (CSP) to the QA
	 * Panel".
	 */
	private static final Pattern CSP_BEFORE_HOME_OFFICE = Pattern.compile("\\bfor\\s+(?:the\\s+)?([A-Z][^.()]{1,100}?)"
			+ "\\s*(?:\\((?:the\\s+)?CSP\\))?\\s+to\\s+the\\s+(?:Home\\s+Office|(?:QA|Quality\\s+Assurance)\\s+Panel)\\b");

	/**
	 * "on behalf of Safer Devon Partnership", "from Luton Community Safety Partnership".
	 */
	private static final Pattern CSP_AFTER_WORD = Pattern.compile("\\b(?:for|from|of|by|with)\\s+(?:the\\s+)?("
			+ "[A-Z][\\p{L}'\\-.]*(?:\\s+" + PROPER_WORD + ")*?\\s+" + PARTNERSHIP + ")\\b");

	/** "Devon CSP", "Safer Leeds Partnership" anywhere. */
	private static final Pattern CSP_ANYWHERE = Pattern
		.compile("\\b([A-Z][\\p{L}'\\-.]*(?:\\s+" + PROPER_WORD + ")*?\\s+" + PARTNERSHIP + ")\\b");

	/** What was submitted: "submitting the DHR concerning Adult A for …". */
	private static final Pattern SUBMITTED = Pattern
		.compile("\\bsubmitting\\s+(.{1,220}?)\\s+(?:for|from|on behalf of)\\s+(?:the\\s+)?[A-Z]");

	/** The parenthesis after "report" or "review": "(Salome)", "('Ben')". */
	private static final Pattern NAME_IN_BRACKETS = Pattern.compile("\\b(?:report|review|DHR|DARDR)"
			+ "\\s*(?:\\((?:DHR|DARDR)\\)\\s*)?(?:report\\s*)?(?:into\\s+|regarding\\s+|concerning\\s+)?\\(([^()]{1,80})\\)",
			Pattern.CASE_INSENSITIVE);

	private static final String TITLE = "(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr|Adult|Child|Baby|Person|Victim|Subject)\\.?\\s+)";

	/** One name: "Mary", "'Mary'", "Adult A", "Mr B", "Anne-Marie". */
	private static final Pattern NAME = Pattern
		.compile(TITLE + "?['\"]?[A-Z][\\p{L}'\\-]*['\"]?(?:\\s+[A-Z](?![\\p{L}]))?");

	private static final Pattern ABOUT_NAME = Pattern.compile("\\b(?:deaths?|murders?|killings?|homicides?|suicides?)"
			+ "\\s+of\\s+|\\b(?:concerning|regarding|about|relating to|in respect of|into)\\s+");

	private static final Pattern SUBJECT_LINE = Pattern.compile("^(?:re|subject|dhr|dardr|review)\\s*[:\\-]\\s*(.+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUOTED = Pattern.compile("'([A-Z][\\p{L}\\-]*(?:\\s+[A-Z][\\p{L}\\-]*)?)'");

	/** Words of what was submitted that are not names. */
	private static final Set<String> REVIEW_WORDS = Set.of("the", "a", "an", "domestic", "homicide", "abuse", "related",
			"death", "deaths", "review", "reviews", "dhr", "dardr", "report", "overview", "executive", "summary",
			"final", "revised", "draft", "formerly", "known", "as", "into", "of", "concerning", "regarding", "about",
			"relating", "to", "in", "respect", "and", "your", "our", "its", "csp", "qa", "panel", "home", "office",
			"action", "plan", "safeguarding", "adult", "adults", "documents", "document");

	private NameFinder() {
	}

	/** The CSP as the letter names it, without "(CSP)" and a leading "the". */
	static String csp(List<String> openingFirst) {
		for (Pattern pattern : List.of(CSP_BEFORE_HOME_OFFICE, CSP_AFTER_WORD, CSP_ANYWHERE)) {
			for (String text : openingFirst) {
				String flat = text.replace('\n', ' ');
				Matcher matcher = pattern.matcher(Phrases.plain(flat));
				while (matcher.find()) {
					String name = tidyCsp(flat.substring(matcher.start(1), matcher.end(1)));
					if (name != null) {
						return name;
					}
				}
			}
		}
		return null;
	}

	private static String tidyCsp(String name) {
		String tidy = name.replaceAll("\\s+", " ")
			.replaceFirst("^(?i)the ", "")
			.replaceFirst("\\s*\\(CSP\\)$", "")
			.trim();
		String lower = tidy.toLowerCase(Locale.UK);
		// "Home Office Quality Assurance Panel" and friends are not CSPs
		if (tidy.isEmpty() || Phrases.words(tidy) > 12 || lower.startsWith("home office")
				|| lower.contains("quality assurance") || lower.startsWith("qa ") || lower.equals("csp")
				|| lower.startsWith("domestic abuse") || lower.startsWith("domestic homicide")) {
			return null;
		}
		return tidy;
	}

	/** Each victim's pseudonym, in the order the letter gives them. */
	static List<String> pseudonyms(List<String> openingFirst, List<String> headerLines) {
		for (String text : openingFirst) {
			String flat = text.replace('\n', ' ');
			Matcher matcher = NAME_IN_BRACKETS.matcher(Phrases.plain(flat));
			while (matcher.find()) {
				List<String> names = split(flat.substring(matcher.start(1), matcher.end(1)));
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		for (String text : openingFirst) {
			String flat = text.replace('\n', ' ');
			Matcher submitted = SUBMITTED.matcher(Phrases.plain(flat));
			if (submitted.find()) {
				List<String> names = namesIn(flat.substring(submitted.start(1), submitted.end(1)));
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		for (String text : openingFirst) {
			String flat = text.replace('\n', ' ');
			Matcher about = ABOUT_NAME.matcher(Phrases.plain(flat));
			while (about.find()) {
				List<String> names = namesIn(leadingNames(flat.substring(about.end())));
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		for (String line : headerLines) {
			Matcher matcher = SUBJECT_LINE.matcher(Phrases.plain(line).strip());
			if (matcher.find()) {
				// "Re: DHR – 'Jane' (Anytown CSP)": the names, not the CSP in brackets
				String subject = matcher.group(1).replaceAll("\\([^)]*\\)", " ");
				Matcher about = ABOUT_NAME.matcher(subject);
				List<String> names = namesIn(about.find() ? leadingNames(subject.substring(about.end())) : subject);
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		for (String text : openingFirst.subList(0, Math.min(1, openingFirst.size()))) {
			String flat = text.replace('\n', ' ');
			Matcher quoted = QUOTED.matcher(Phrases.plain(flat));
			if (quoted.find()) {
				return split(flat.substring(quoted.start(1), quoted.end(1)));
			}
		}
		return List.of();
	}

	/** The names at the start of a phrase: "Anna and Tom for …" gives "Anna and Tom". */
	private static String leadingNames(String text) {
		Matcher name = Pattern.compile("^\\s*(" + NAME.pattern() + "(?:\\s*(?:,|and|&)\\s*" + NAME.pattern() + ")*)")
			.matcher(Phrases.plain(text));
		return name.find() ? text.substring(name.start(1), name.end(1)) : "";
	}

	/** The names in what was submitted, leaving out the words that say what it was. */
	private static List<String> namesIn(String phrase) {
		String plain = blank(blank(Phrases.plain(phrase), "\\((?:DHR|DARDR|CSP|QA)\\)"),
				"(?i),?\\s*formerly known as an? [^,]*,?");
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = NAME.matcher(plain);
		while (matcher.find()) {
			String candidate = unquote(phrase.substring(matcher.start(), matcher.end()));
			boolean titled = candidate.matches("(?s)" + TITLE + ".+");
			if (!titled && REVIEW_WORDS.contains(candidate.toLowerCase(Locale.UK))) {
				continue;
			}
			if (!titled && candidate.length() <= 5 && candidate.equals(candidate.toUpperCase(Locale.UK))
					&& candidate.length() > 1) {
				continue;
			}
			found.add(candidate);
		}
		return new ArrayList<>(found);
	}

	/** "'Anne' and 'Michael'" becomes Anne and Michael; abbreviations are not names. */
	static List<String> split(String names) {
		Set<String> found = new LinkedHashSet<>();
		for (String part : names.split("\\s*(?:,|/|;|&|\\band\\b)\\s*")) {
			String name = unquote(part.strip());
			if (name.isEmpty() || REVIEW_WORDS.contains(name.toLowerCase(Locale.UK)) || (name.matches("[A-Z]{2,6}s?"))
					|| !Character.isUpperCase(name.codePointAt(0)) || Phrases.words(name) > 4) {
				continue;
			}
			found.add(name);
		}
		return new ArrayList<>(found);
	}

	/** The text with each match of the pattern turned into spaces: positions stay put. */
	private static String blank(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		StringBuilder out = new StringBuilder(text);
		while (matcher.find()) {
			for (int i = matcher.start(); i < matcher.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}

	private static String unquote(String text) {
		return text.strip()
			.replaceAll("^[\"'\u2018\u2019\u201C\u201D]+|[\"'\u2018\u2019\u201C\u201D]+$", "")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
