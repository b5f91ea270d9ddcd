package org.dhrqa.tracker.feedback;

import java.time.Instant;

/** One entry of an item's timeline. */
public record ItemEventView(String type, String actorName, Instant at, FeedbackStatus toStatus, String text) {

}
