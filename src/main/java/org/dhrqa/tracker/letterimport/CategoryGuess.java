package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dhrqa.tracker.feedback.FeedbackCategory;

/**
 * A first guess at each item's category from its words, for the person checking the
 * import to correct. The first matching category wins, most specific first.
 */
final class CategoryGuess {

	private static final List<Map.Entry<FeedbackCategory, Pattern>> WORDS = new ArrayList<>();

	static {
		put(FeedbackCategory.PSEUDONYM_OR_ANONYMISATION, "pseudonym|anonymi[sz]|another name|real name|identif(y|iable)"
				+ "|named (as|in)|redact|referred to by (a |another |their )");
		put(FeedbackCategory.TERMS_OF_REFERENCE, "terms of reference|\\btor\\b|key lines of enquiry");
		put(FeedbackCategory.RECOMMENDATIONS_OR_ACTION_PLAN, "action plan|recommendation|smart\\b");
		put(FeedbackCategory.MISSING_RATIONALE, "rationale");
		put(FeedbackCategory.FAMILY_ENGAGEMENT, "family|families|friend|next of kin|relatives");
		put(FeedbackCategory.EQUALITY_AND_DIVERSITY, "equalit|diversit|protected characteristic|ethnic|race\\b|racism"
				+ "|religio|disabilit|sexual orientation|gender|culture|cultural|intersectional|heritage");
		put(FeedbackCategory.NAMING_AGENCIES, "name (of )?(the |which )?agenc|which agency|agency (is|was) not named"
				+ "|name which|agencies are not named");
		put(FeedbackCategory.TIMESCALES, "timescale|timeline|delay|time taken|took .* (months|years)|chronology");
		put(FeedbackCategory.PROOFREADING, "proofread|proof-read|typo|spelling|grammar|typographical|formatting error");
		put(FeedbackCategory.MISSING_RATIONALE,
				"explain why|explanation of why|reason(s|ing)? (why|for)" + "|why (the|this|it|they)");
		put(FeedbackCategory.MISSING_FACT_OR_DATE,
				"missing|month of death|date of|age of|front page|cover page" + "|not (stated|included|recorded)");
		put(FeedbackCategory.STRUCTURE_OR_TEMPLATE, "structure|template|format|executive summary|glossary|appendi"
				+ "|heading|section|contents|layout|concise|repetit|length");
		put(FeedbackCategory.ANALYSIS_DEPTH,
				"analys|analyz|explor|depth|learning|reflect|professional curiosity" + "|findings|lessons");
	}

	private CategoryGuess() {
	}

	private static void put(FeedbackCategory category, String words) {
		WORDS.add(Map.entry(category, Pattern.compile(words, Pattern.CASE_INSENSITIVE)));
	}

	static FeedbackCategory of(String text) {
		String plain = Phrases.plain(text);
		for (Map.Entry<FeedbackCategory, Pattern> entry : WORDS) {
			if (entry.getValue().matcher(plain).find()) {
				return entry.getKey();
			}
		}
		return FeedbackCategory.OTHER;
	}

}
