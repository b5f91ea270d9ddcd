package org.dhrqa.tracker.letterimport;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The wording QA Panel letters use for each of their parts, as patterns. They are matched
 * against {@link #plain(String)}, so curly quotes and dashes never decide anything.
 */
final class Phrases {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern SALUTATION = Pattern.compile("^(dear|to whom)\\b", FLAGS);

	static final Pattern SIGN_OFF = Pattern.compile("^(yours\\s+(sincerely|faithfully|truly)|(kind|best|warm|with best)"
			+ "\\s+(regards|wishes)|regards,?$|many thanks,?$|thank you,?$)", FLAGS);

	static final Pattern OPENING = Pattern.compile("thank you for (submitting|sending|your)|considered (at|by)"
			+ "|i am writing|i write|(was|were) (considered|discussed|reviewed)|panel meeting|apologi[sz]e|delay",
			FLAGS);

	/** Words that praise: what strengths paragraphs are made of. */
	static final Pattern PRAISE = Pattern.compile("\\b(strength\\w*|strong(ly)?|thorough|high[- ]quality"
			+ "|well[- ](written|structured|evidenced|researched|presented|considered)|clear(ly)?|commend\\w*"
			+ "|prais\\w*|excellent|good|positive|compassion\\w*|sensitiv\\w*|honest|probing|insightful|has benefit\\w*"
			+ "|welcome[ds]?|valuable|impressive|detailed|comprehensive|robust|noted that|centres|voice of"
			+ "|particularly|helpful(ly)? (set out|included))\\b", FLAGS);

	/** Words that ask for something: what items are made of. */
	static final Pattern DIRECTIVE = Pattern.compile("\\b(should|would benefit|could benefit|may benefit"
			+ "|would be (helpful|beneficial|useful|good)|it would|needs?( to)?|must|please|(to|should|could|may wish to) consider"
			+ "|consider(ing)? (adding|including|whether|how)|recommend\\w*"
			+ "|ensure|add(ed|ing)?|include[ds]?|clarif\\w*|explain\\w*|explanation|expand\\w*|amend\\w*|revis\\w*"
			+ "|remov\\w*|correct\\w*|check\\w*|missing|lacks?|unclear|more detail|proofread\\w*|typo\\w*|tighten\\w*"
			+ "|reword\\w*|confirm\\w*|provide[ds]?|updat\\w*|rationale|is not (clear|included|named|explained)"
			+ "|referred to|there (is|are) (no|some)|does not|did not)\\b", FLAGS);

	private static final String PUBLICATION_STRONG = "digital copy|web ?link|dhrenquiries|domestic abuse commissioner"
			+ "|published alongside|this letter (is|should be) published|once completed|for our own records"
			+ "|highlighting best practice|inform public policy|finalised attachments|converted? (in)?to a pdf"
			+ "|\\b\\d+ ?mb\\b|live document|where the report will be published|publish(ing)? the (report|dhr) on";

	private static final Pattern PUBLICATION_STRONG_PATTERN = Pattern.compile(PUBLICATION_STRONG, FLAGS);

	private static final Pattern PUBLICATION_WEAK = Pattern
		.compile("\\b(annex|publication|publish\\w*|website|implementation updates|email|send)\\b", FLAGS);

	/**
	 * How publication steps begin: "Please send…", "Once completed…", "When the report…".
	 */
	static final Pattern INSTRUCTION_START = Pattern.compile("^(please|once|when|on publication|before publication"
			+ "|after publication|the home office would|we would be grateful|a (digital )?copy|the (final )?report"
			+ "(,| and| including| should be (converted|published|sent)))\\b", FLAGS);

	static final Pattern CLOSING = Pattern.compile("^(on behalf of|thank you (again|for)|thanks|many thanks"
			+ "|if you (have|require|would like)|please (do not|don't) hesitate|please (contact|get in touch)"
			+ "|(i|we) would (like to|also like to) thank|should you|cc\\b|enc(losure)?s?\\b)"
			+ "|thank you[^.]*\\b(work|efforts|time|commitment)\\b", FLAGS);

	/** Headings that introduce what the CSP must do. */
	static final Pattern ITEM_HEADING = Pattern.compile("areas? (for|of|requiring|needing|to)\\b|development"
			+ "|improvement|amendments?\\b|revisions?\\b|changes\\b|points\\b|issues\\b|matters\\b|comments\\b"
			+ "|observations\\b|feedback\\b|queries\\b|questions\\b|actions?\\b|recommendations\\b|concerns\\b"
			+ "|the following|address(ed)?\\b|required\\b|further work", FLAGS);

	/** Headings that introduce praise. */
	static final Pattern STRENGTH_HEADING = Pattern.compile("\\b(strength|positive|good practice|commend"
			+ "|praise|well done|what worked|noted the following (good|positive))", FLAGS);

	/** Headings that introduce the publication steps. */
	private static final Pattern PUBLICATION_HEADING = Pattern.compile("^(publication|publishing|next steps"
			+ "|before (you )?publish\\w*|when (you )?publish\\w*|once (completed|the changes|these changes))"
			+ "|\\b(publication|publish\\w*)\\b", FLAGS);

	/**
	 * What a heading of changes to make says, which a heading of publication steps does
	 * not.
	 */
	private static final Pattern CHANGE_WORDS = Pattern.compile("\\b(development|improvement|amend\\w*|change[sd]?"
			+ "|revis\\w*|address\\w*|points|issues|areas|comments|suggest\\w*|consider\\w*|feedback|observations"
			+ "|recommendations|concerns|queries|questions)\\b", FLAGS);

	/** "Once the changes have been made, please:": what to do after the changes. */
	private static final Pattern AFTER_CHANGES = Pattern
		.compile("^(once|when|after)\\b[^:]{0,80}\\b(made|completed|ready|finali[sz]ed|done)\\b", FLAGS);

	private static final Pattern SENTENCE_VERB = Pattern.compile("\\b(should|would|could|must|need|needs|please|is|are"
			+ "|was|were|has|have|had|will|can|may|it|this|these|the following|we|i|you|they)\\b", FLAGS);

	private Phrases() {
	}

	/**
	 * The text with curly quotes and dashes made plain, for matching only (never shown).
	 */
	static String plain(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(switch (c) {
				case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
				case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
				default -> c;
			});
		}
		return out.toString();
	}

	static boolean find(Pattern pattern, String text) {
		return pattern.matcher(plain(text)).find();
	}

	static int count(Pattern pattern, String text) {
		var matcher = pattern.matcher(plain(text));
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/**
	 * "Publication:" or "When the report is ready for publication, please:", but not
	 * "Areas to address before publication:".
	 */
	static boolean isPublicationHeading(String text) {
		return (find(PUBLICATION_HEADING, text) && !find(CHANGE_WORDS, text)) || find(AFTER_CHANGES, text);
	}

	static boolean isPublication(String text) {
		return find(PUBLICATION_STRONG_PATTERN, text) || count(PUBLICATION_WEAK, text) >= 2;
	}

	/** Words only publication steps use ("digital copy", "weblink", "20 MB"). */
	static boolean hasStrongPublication(String text) {
		return find(PUBLICATION_STRONG_PATTERN, text);
	}

	static boolean isClosing(String text) {
		return find(CLOSING, text.strip());
	}

	static boolean isPraise(String text) {
		return find(PRAISE, text) && !find(DIRECTIVE, text);
	}

	static boolean isDirective(String text) {
		return find(DIRECTIVE, text);
	}

	/** A short line introducing what follows ("Areas for final development:"). */
	static boolean isHeadingLike(String text) {
		String trimmed = text.strip();
		int words = words(trimmed);
		if (trimmed.endsWith(":")) {
			return words <= 30;
		}
		return words <= 10 && !endsSentence(trimmed) && find(ITEM_HEADING, trimmed)
				&& Character.isUpperCase(trimmed.codePointAt(0));
	}

	/**
	 * A group label such as "Structure:" or "Equality and diversity": a few words, no
	 * verb, introducing the points under it.
	 */
	static boolean isGroupLabel(String text) {
		String trimmed = text.strip();
		boolean colon = trimmed.endsWith(":");
		String words = colon ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
		int count = words(words);
		if (count == 0 || count > (colon ? 6 : 4) || endsSentence(words)) {
			return false;
		}
		return !find(SENTENCE_VERB, words) && Character.isUpperCase(words.codePointAt(0));
	}

	static boolean endsSentence(String text) {
		String trimmed = plain(text).strip().replaceAll("[\"')\\]]+$", "");
		return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!");
	}

	static int words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
	}

	static String lower(String text) {
		return plain(text).toLowerCase(Locale.UK);
	}

	/**
	 * A line that introduces a list: "Areas for final development:", "… the following:".
	 */
	static boolean introducesList(String text) {
		String trimmed = text.strip();
		int words = words(trimmed);
		if (trimmed.endsWith(":")) {
			// a long outcome paragraph that happens to end with a colon is still the
			// outcome
			return words <= 25 || (words <= 40 && !OutcomeFinder.states(trimmed));
		}
		if (isHeadingLike(trimmed)) {
			return true;
		}
		String lower = lower(trimmed);
		return words <= 25 && find(ITEM_HEADING, trimmed) && (lower.contains("following") || lower.contains("below"))
				&& !OutcomeFinder.states(trimmed);
	}

}
