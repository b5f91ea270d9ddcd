package org.dhrqa.tracker.actionplan;

import java.time.Instant;

/** When a plan last changed: its version and the time of that change. */
record PlanStamp(long version, Instant updatedAt) {

}
