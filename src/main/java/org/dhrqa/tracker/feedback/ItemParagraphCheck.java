package org.dhrqa.tracker.feedback;

import java.time.Instant;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.report.ParagraphCheck;
import org.dhrqa.tracker.report.ParagraphChecks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item page's view of the paragraph an item cites, from the report module: the
 * paragraph as the panel read it (the version uploaded before the letter was issued) and
 * as the response's version has it. The report module checks that the response's version
 * is one of the review's before reading it.
 */
@Component
class ItemParagraphCheck {

	/** Corrections of corrections are rare; this only bounds a broken chain. */
	private static final int MAX_CARRIED = 20;

	private final FeedbackItemRepository items;

	private final ParagraphChecks checks;

	ItemParagraphCheck(FeedbackItemRepository items, ParagraphChecks checks) {
		this.items = items;
		this.checks = checks;
	}

	/**
	 * Null when the item cites no paragraph the report module can look for.
	 * {@code openedAt} is when the item's own letter opened it, already read with the
	 * item; only an item carried over from an earlier letter (null) looks further.
	 */
	@Transactional(readOnly = true)
	ParagraphCheck of(ItemView item, Instant openedAt, SignedInUser user) {
		if (item.paragraphRef() == null || item.paragraphRef().isBlank()) {
			return null;
		}
		Instant issued = (openedAt != null) ? openedAt : letterIssuedAt(item.carriedFromItemId());
		return this.checks
			.check(item.reviewId(), item.paragraphRef(), issued, item.addressedInVersionId(), item.addressedParagraph(),
					user)
			.orElse(null);
	}

	/**
	 * When the panel's letter reached the CSP: the item opened then. An item that a
	 * corrected letter carried over unchanged was opened by the original letter, whose
	 * panel read the report, so the time is that item's.
	 */
	Instant letterIssuedAt(Long itemId) {
		Long id = itemId;
		for (int step = 0; id != null && step < MAX_CARRIED; step++) {
			FeedbackItem item = this.items.findById(id).orElse(null);
			if (item == null) {
				return null;
			}
			Instant opened = item.getEvents()
				.stream()
				.filter((event) -> event.getType() == FeedbackEvent.Type.OPENED)
				.map(FeedbackEvent::getOccurredAt)
				.findFirst()
				.orElse(null);
			if (opened != null) {
				return opened;
			}
			id = item.getCarriedFromItemId();
		}
		return null;
	}

}
