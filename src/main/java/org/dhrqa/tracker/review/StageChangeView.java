package org.dhrqa.tracker.review;

import java.time.Instant;
import java.time.LocalDate;

public record StageChangeView(ReviewStage fromStage, ReviewStage toStage, LocalDate effectiveOn, String changedBy,
		Instant changedAt, String note, boolean correction) {

}
