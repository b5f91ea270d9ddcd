package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.shared.history.Actor;

/**
 * The secretariat issued a letter (the first, or a correction of one already issued): its
 * areas are now open for the CSP.
 */
public record LetterIssued(Long letterId, Long reviewId, Long cspId, int letterVersion, Outcome outcome,
		boolean correction, int areas, Actor issuedBy) {

}
