package org.dhrqa.tracker.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.feedback.ItemView;

/** A letter as its pages show it. */
public record LetterView(Long id, Long reviewId, String reviewTitle, Long meetingId, LocalDate meetingDate,
		int letterVersion, LetterStatus status, LocalDate letterDate, Outcome outcome, List<Strength> strengths,
		List<ItemView> items, Instant issuedAt, Long supersedesLetterId, String supersedeReason, long version,
		Long turnaroundDays, Long daysSinceMeeting) {

	/**
	 * A strength paragraph, addressed by its id, with the version its edit form carries.
	 */
	public record Strength(Long id, String text, long version) {

	}

	public boolean isDraft() {
		return this.status == LetterStatus.DRAFT;
	}

}
