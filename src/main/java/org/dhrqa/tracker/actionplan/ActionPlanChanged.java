package org.dhrqa.tracker.actionplan;

/**
 * A review's action plan changed: a recommendation, an action, an update or an import.
 */
public record ActionPlanChanged(Long reviewId) {

}
