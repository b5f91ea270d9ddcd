package org.dhrqa.tracker.letter;

import java.time.LocalDate;

/** A letter as the review hub lists it: what it is and how many items it holds. */
public record LetterSummary(Long id, int letterVersion, LetterStatus status, LocalDate letterDate, Outcome outcome,
		long itemCount) {

}
