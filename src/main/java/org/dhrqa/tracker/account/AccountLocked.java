package org.dhrqa.tracker.account;

import java.time.Instant;

/**
 * Published when wrong passwords lock an account, so that its holder can be told (the
 * notification module emails them); the account module does not know how.
 */
public record AccountLocked(Long userId, String email, String name, Instant lockedAt, Instant lockedUntil, int failures,
		String address) {

}
