package org.dhrqa.tracker.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions on every app node, however sessions are stored: each account
 * has a moment before which its sessions no longer count ({@code sessions_valid_after}),
 * checked on every request. Written with plain SQL: it is not part of the account's
 * version, so it never makes an administrator's edit look "changed meanwhile".
 */
@Component
class SessionCutoff {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SessionCutoff(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every session this person signed in before now ends on its next request.
	 * @return the moment (a session signed in at or after it is kept)
	 */
	Instant endSessions(Long userId) {
		Instant now = this.clock.instant();
		this.jdbc.update("update app_user set sessions_valid_after = ? where id = ?", Timestamp.from(now), userId);
		return now;
	}

	/**
	 * Whether this signed-in person's session still counts: the account is enabled and it
	 * is not older than the cutoff.
	 */
	boolean stillValid(SignedInUser user) {
		List<Boolean> valid = this.jdbc.query("select enabled, sessions_valid_after from app_user where id = ?",
				(rs, i) -> {
					Timestamp validAfter = rs.getTimestamp(2);
					if (!rs.getBoolean(1)) {
						return false;
					}
					return validAfter == null
							|| (user.signedInAt() != null && !user.signedInAt().isBefore(validAfter.toInstant()));
				}, user.id());
		return !valid.isEmpty() && valid.get(0);
	}

}
