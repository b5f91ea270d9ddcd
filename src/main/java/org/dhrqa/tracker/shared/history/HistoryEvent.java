package org.dhrqa.tracker.shared.history;

import java.time.Instant;
import java.util.List;

/** The changes one person saved at one moment. */
public record HistoryEvent(Instant at, String actorName, List<FieldChange> changes) {

}
