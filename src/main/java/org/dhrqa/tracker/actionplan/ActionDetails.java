package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;

/** The facts of an action, in the Home Office template's terms. */
public record ActionDetails(String actionText, String leadAgency, String keyMilestones, LocalDate targetDate,
		LocalDate completedOn, String completionOutcome, ActionStatus status) {

}
