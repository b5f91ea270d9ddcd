package org.dhrqa.tracker.feedback;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.dhrqa.tracker.shared.history.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dhrqa.tracker.feedback.FeedbackStatus.*;

/** Every allowed and refused status change of a feedback item. */
class FeedbackItemTests {

	private static final Map<FeedbackStatus, Set<FeedbackStatus>> ALLOWED = Map.of(DRAFT, EnumSet.of(OPEN), OPEN,
			EnumSet.of(IN_PROGRESS, RESPONDED, WITHDRAWN), IN_PROGRESS, EnumSet.of(RESPONDED, WITHDRAWN), RESPONDED,
			EnumSet.of(ACCEPTED, RETURNED, WITHDRAWN), RETURNED, EnumSet.of(IN_PROGRESS, RESPONDED, WITHDRAWN),
			ACCEPTED, EnumSet.of(WITHDRAWN), WITHDRAWN, EnumSet.noneOf(FeedbackStatus.class));

	private static final Actor JO = new Actor(4L, "Jo Williams");

	private static final Actor SAM = new Actor(2L, "Sam Okafor");

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@ParameterizedTest
	@EnumSource(FeedbackStatus.class)
	void allowsExactlyTheDesignedTransitions(FeedbackStatus from) {
		for (FeedbackStatus to : FeedbackStatus.values()) {
			assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
		}
	}

	private static FeedbackItem openItem() {
		FeedbackItem item = new FeedbackItem(1L, 1L, 1, "In 16.2.7 Ahmed is referred to by another name.", "16.2.7",
				FeedbackCategory.PSEUDONYM_OR_ANONYMISATION, NOW);
		item.open(SAM, NOW, "Issued");
		return item;
	}

	@Test
	void aResponseIsRequiredToRespond() {
		FeedbackItem item = openItem();
		assertThatThrownBy(() -> item.respond("  ", null, null, JO, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(item.getStatus()).isEqualTo(OPEN);

		item.respond("Corrected to Ahmed throughout", 7L, "16.2.7", JO, NOW);
		assertThat(item.getStatus()).isEqualTo(RESPONDED);
		assertThat(item.getAddressedInVersionId()).isEqualTo(7L);
	}

	@Test
	void aReasonIsRequiredToReturnAndTheCspCarriesOn() {
		FeedbackItem item = openItem();
		item.respond("Done", null, null, JO, NOW);
		assertThatThrownBy(() -> item.returnToCsp("", SAM, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(item.getStatus()).isEqualTo(RESPONDED);

		item.returnToCsp("16.2.9 still uses the other name", SAM, NOW);
		assertThat(item.getStatus()).isEqualTo(RETURNED);
		item.respond("Also corrected in 16.2.9", null, null, JO, NOW);
		item.accept(null, SAM, NOW);
		assertThat(item.getStatus()).isEqualTo(ACCEPTED);
		assertThat(item.getEvents()).extracting(FeedbackEvent::getType)
			.containsExactly(FeedbackEvent.Type.OPENED, FeedbackEvent.Type.RESPONDED, FeedbackEvent.Type.RETURNED,
					FeedbackEvent.Type.RESPONDED, FeedbackEvent.Type.ACCEPTED);
	}

	@Test
	void nothingUnansweredCanBeAccepted() {
		FeedbackItem item = openItem();
		assertThatThrownBy(() -> item.accept(null, SAM, NOW)).isInstanceOf(IllegalItemTransitionException.class);
	}

	@Test
	void draftsAreEditableOnlyUntilTheLetterIsIssued() {
		FeedbackItem item = new FeedbackItem(1L, 1L, 1, "Text", null, FeedbackCategory.OTHER, NOW);
		item.editDraft("Better text", "1.4", FeedbackCategory.FAMILY_ENGAGEMENT, NOW);
		item.open(SAM, NOW, null);
		assertThatThrownBy(() -> item.editDraft("Changed after issue", null, FeedbackCategory.OTHER, NOW))
			.isInstanceOf(IllegalItemTransitionException.class);
		assertThat(item.getText()).isEqualTo("Better text");
	}

	@Test
	void aCorrectionCarriesProgressOfAnUnchangedItem() {
		FeedbackItem earlier = openItem();
		earlier.respond("Corrected", null, "16.2.7", JO, NOW);
		FeedbackItem next = FeedbackItem.carriedFrom(earlier, 2L, 1, NOW);
		assertThat(next.sameContentAs(earlier)).isTrue();
		next.continueFrom(earlier, SAM, NOW, "Corrected letter");
		earlier.withdraw(SAM, NOW, "Corrected letter");
		assertThat(next.getStatus()).isEqualTo(RESPONDED);
		assertThat(next.getResponseText()).isEqualTo("Corrected");
		assertThat(earlier.getStatus()).isEqualTo(WITHDRAWN);
	}

}
