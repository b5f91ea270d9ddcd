package org.dhrqa.tracker.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.history.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewTests {

	private static final Actor JO = new Actor(4L, "Jo Williams");

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static ReviewDetails details(String reference, LocalDate notified) {
		return new ReviewDetails(reference, "Salome", List.of(new OtherPseudonym("Ahmed", "Perpetrator")), 3, 2021,
				ReviewType.HOMICIDE, "Helen Marsh", "Helen Marsh", notified, null, null, null, null, null, null, null);
	}

	@Test
	void aNewReviewStartsNotifiedWithItsFirstStageRecorded() {
		Review review = new Review(1L, details("KM-1", LocalDate.of(2021, 3, 22)), JO, NOW);

		assertThat(review.getStage()).isEqualTo(ReviewStage.NOTIFIED);
		assertThat(review.getStageChanges()).singleElement().satisfies((change) -> {
			assertThat(change.view().toStage()).isEqualTo(ReviewStage.NOTIFIED);
			assertThat(change.view().effectiveOn()).isEqualTo(LocalDate.of(2021, 3, 22));
			assertThat(change.view().changedBy()).isEqualTo("Jo Williams");
		});
	}

	@Test
	void updatingReportsEachChangedFieldWithOldAndNewValues() {
		Review review = new Review(1L, details("KM-1", LocalDate.of(2021, 3, 22)), JO, NOW);

		List<FieldChange> changes = review.update(details("KM-2", LocalDate.of(2021, 3, 23)), NOW);

		assertThat(changes).containsExactly(new FieldChange("review.field.reference", "KM-1", "KM-2"),
				new FieldChange("review.field.notifiedOn", "22 March 2021", "23 March 2021"));
	}

	@Test
	void savingTheSameFactsChangesNothing() {
		Review review = new Review(1L, details("KM-1", null), JO, NOW);

		assertThat(review.update(details("KM-1", null), NOW)).isEmpty();
	}

	@Test
	void refusesASkippedStage() {
		Review review = new Review(1L, details("KM-1", null), JO, NOW);

		assertThatThrownBy(() -> review.moveTo(ReviewStage.PUBLISHED, LocalDate.of(2024, 1, 1), JO, NOW, null))
			.isInstanceOf(IllegalStageChangeException.class);
		assertThat(review.getStage()).isEqualTo(ReviewStage.NOTIFIED);
		assertThat(review.getStageChanges()).hasSize(1);
	}

	@Test
	void submittingToQaRecordsTheSubmissionDateWhenUnknown() {
		Review review = new Review(1L, details("KM-1", null), JO, NOW);
		review.moveTo(ReviewStage.COMMISSIONED, LocalDate.of(2021, 4, 14), JO, NOW, null);
		review.moveTo(ReviewStage.IN_PROGRESS, LocalDate.of(2021, 6, 10), JO, NOW, null);
		review.moveTo(ReviewStage.SUBMITTED_TO_QA, LocalDate.of(2024, 4, 26), JO, NOW, "Signed off by the CSP");

		assertThat(review.details().submittedToQaOn()).isEqualTo(LocalDate.of(2024, 4, 26));
		assertThat(review.details().decisionOn()).isEqualTo(LocalDate.of(2021, 4, 14));
		assertThat(review.getStageChanges()).hasSize(4);
	}

}
