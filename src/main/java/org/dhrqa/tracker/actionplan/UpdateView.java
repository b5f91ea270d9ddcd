package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/** An implementation update as pages and the annex show it. */
public record UpdateView(Long id, LocalDate date, String author, String text, ActionStatus statusFrom,
		ActionStatus statusTo, Instant recordedAt) {

}
