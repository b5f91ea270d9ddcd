package org.dhrqa.tracker.account;

import java.time.Instant;

/** An account as administrators see it. */
public record UserSummary(Long id, String email, String name, Role role, Long cspId, boolean enabled,
		Instant lastSignInAt, long version) {

	static UserSummary of(UserAccount account) {
		return new UserSummary(account.getId(), account.getEmail(), account.getName(), account.getRole(),
				account.getCspId(), account.isEnabled(), account.getLastSignInAt(), account.getVersion());
	}

}
