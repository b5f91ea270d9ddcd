package org.dhrqa.tracker.shared.history;

/**
 * Who made a change: the account (null for the system itself) and the name shown on the
 * record.
 */
public record Actor(Long userId, String name) {

	public static final Actor SYSTEM = new Actor(null, "DHR QA Tracker");

}
