package org.dhrqa.tracker.review;

import java.time.LocalDate;

/**
 * One line of the register page: what its table shows and no more, so a page of 25
 * reviews reads no pseudonym lists or other collections it would not show.
 */
public record RegisterRow(Long id, String reference, String victimPseudonyms, String cspName, ReviewStage stage,
		LocalDate notifiedOn, LocalDate submittedToQaOn, LocalDate publishedOn) {
}
