package org.dhrqa.tracker.feedback;

/**
 * An item in a list across reviews: the item, its review, who has it, and whether it is
 * overdue.
 */
public record ItemRow(ItemView item, String reviewTitle, String assigneeName, boolean overdue, boolean dueSoon) {

}
