package org.dhrqa.tracker.publication;

/**
 * Something on a review's publication checklist changed: a confirmation recorded or
 * undone, an override, a pack assembled.
 */
public record PublicationChanged(Long reviewId) {

}
