package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.List;

/** A panel meeting with each review it considers and where its letter stands. */
public record MeetingView(Long id, LocalDate date, long daysSince, List<Row> reviews) {

	public record Row(Long reviewId, String reviewTitle, String reference, Long letterId, LetterStatus letterStatus,
			Long turnaroundDays) {

	}

	public long lettersIssued() {
		return this.reviews.stream().filter((row) -> row.letterStatus() == LetterStatus.ISSUED).count();
	}

}
