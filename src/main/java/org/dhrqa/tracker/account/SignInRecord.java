package org.dhrqa.tracker.account;

import java.time.Instant;

/**
 * One sign-in attempt in the audit: the email as typed, the account it names (if any),
 * where it came from and what became of it.
 */
public record SignInRecord(Long id, Instant at, String email, Long userId, String address, SignInChannel channel,
		SignInOutcome outcome) {

}
