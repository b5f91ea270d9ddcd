package org.dhrqa.tracker.feedback;

import java.time.Instant;
import java.time.LocalDate;

/** A feedback item as pages, letters and other modules read it. */
public record ItemView(Long id, Long letterId, Long reviewId, int number, String text, String paragraphRef,
		FeedbackCategory category, FeedbackStatus status, Long assigneeUserId, LocalDate dueOn, String responseText,
		Long addressedInVersionId, String addressedParagraph, Instant respondedAt, String decisionNote,
		Instant decidedAt, Long carriedFromItemId, long version) {

	static ItemView of(FeedbackItem item) {
		return new ItemView(item.getId(), item.getLetterId(), item.getReviewId(), item.getNumber(), item.getText(),
				item.getParagraphRef(), item.getCategory(), item.getStatus(), item.getAssigneeUserId(), item.getDueOn(),
				item.getResponseText(), item.getAddressedInVersionId(), item.getAddressedParagraph(),
				item.getRespondedAt(), item.getDecisionNote(), item.getDecidedAt(), item.getCarriedFromItemId(),
				item.getVersion());
	}

}
