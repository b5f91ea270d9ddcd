package org.dhrqa.tracker.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.feedback.ItemView;

/** A letter as its pages show it. */
public record LetterView(Long id, Long reviewId, String reviewTitle, Long meetingId, LocalDate meetingDate,
		int letterVersion, LetterStatus status, LocalDate letterDate, Outcome outcome, List<String> strengths,
		List<ItemView> items, Instant issuedAt, Long supersedesLetterId, String supersedeReason, long version,
		Long turnaroundDays, Long daysSinceMeeting) {

	public boolean isDraft() {
		return this.status == LetterStatus.DRAFT;
	}

}
