package org.dhrqa.tracker.letterimport;

import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.letter.Outcome;

/**
 * What the parser read from a letter. Fields it could not find are null (or empty);
 * paragraphs it could not place are in {@code unplaced}, never dropped.
 */
record ParsedLetter(LocalDate letterDate, LocalDate meetingDate, String csp, List<String> victimPseudonyms,
		Outcome outcome, String heading, List<ParsedItem> items, List<String> unplaced, List<String> strengths,
		Sections sections) {

	/** One item of the letter's list and the paragraph of the report it cites, if any. */
	record ParsedItem(String text, String sectionRef) {

	}

	/** The rest of the letter's words, kept with the letter when it is recorded. */
	record Sections(String letterhead, String addressee, String salutation, String opening, String outcomeText,
			String publicationInstructions, String closing, String signOff) {

	}

}
