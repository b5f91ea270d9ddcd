package org.dhrqa.tracker.letter;

import java.time.LocalDate;

/**
 * The words of a letter around its strengths and items, as the secretariat edits them.
 */
record LetterContent(LocalDate letterDate, String letterhead, String addresseeName, String addresseeRole,
		String addresseeOrganisation, String addresseeAddress, String salutation, String opening, Outcome outcome,
		String outcomeText, String listHeading, String publicationInstructions, String closing, String signOff) {

}
