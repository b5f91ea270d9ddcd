package org.dhrqa.tracker.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and per remote address in PostgreSQL (so every app
 * node sees the same counts), refuses attempts while a key must wait or is locked, keeps
 * the audit of sign-ins, and records "last sign-in" with plain SQL so that signing in
 * never changes the account's version.
 */
@Component
class SignInGuard {

	static final int MAX_EMAIL = 320;

	static final int MAX_ADDRESS = 64;

	/** An API client calls often: its last sign-in moves at most this often. */
	static final Duration API_SIGN_IN_RESOLUTION = Duration.ofMinutes(1);

	private static final String ACCOUNT = "ACCOUNT";

	private static final String ADDRESS = "ADDRESS";

	private final JdbcTemplate jdbc;

	private final SignInLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInGuard(JdbcTemplate jdbc, SignInLimits limits, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	/** The key an email is counted under: as typed, trimmed, in lower case. */
	static String emailKey(String typed) {
		String email = (typed != null) ? typed.trim().toLowerCase(Locale.ROOT) : "";
		return (email.length() > MAX_EMAIL) ? email.substring(0, MAX_EMAIL) : email;
	}

	static String addressKey(String address) {
		String key = (address != null && !address.isBlank()) ? address.trim() : "unknown";
		return (key.length() > MAX_ADDRESS) ? key.substring(0, MAX_ADDRESS) : key;
	}

	/**
	 * Whether this attempt may be tried.
	 *
	 * @param refusal why not (already recorded in the audit), or null
	 * @param accountCounted whether the account has wrong passwords counted (a right one
	 * clears them)
	 */
	record Check(SignInRefusedException refusal, boolean accountCounted) {

	}

	Check check(String email, String address, SignInChannel channel) {
		Instant now = this.clock.instant();
		Duration wait = Duration.ZERO;
		boolean locked = false;
		boolean accountCounted = false;
		List<Object[]> rows = this.jdbc.query(
				"select kind, not_before, locked_until from sign_in_throttle "
						+ "where (kind = 'ACCOUNT' and key = ?) or (kind = 'ADDRESS' and key = ?)",
				(rs, i) -> new Object[] { rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)) },
				email, address);
		for (Object[] row : rows) {
			accountCounted |= ACCOUNT.equals(row[0]);
			Instant notBefore = (Instant) row[1];
			Instant lockedUntil = (Instant) row[2];
			if (lockedUntil != null && lockedUntil.isAfter(now)) {
				locked = true;
				wait = longer(wait, Duration.between(now, lockedUntil));
			}
			else if (notBefore != null && notBefore.isAfter(now)) {
				wait = longer(wait, Duration.between(now, notBefore));
			}
		}
		if (wait.isZero()) {
			return new Check(null, accountCounted);
		}
		audit(now, email, null, address, channel, SignInOutcome.REFUSED);
		return new Check(new SignInRefusedException(wait, locked), accountCounted);
	}

	/**
	 * Counts a wrong password (or an unknown email, or a disabled account) against the
	 * account and the address, and records it.
	 * @return the lock this attempt caused, or null
	 */
	@Transactional
	SignInRefusedException failed(String email, String address, SignInChannel channel) {
		Instant now = this.clock.instant();
		Instant accountLock = count(ACCOUNT, email, this.limits.account(), now);
		Instant addressLock = count(ADDRESS, address, this.limits.address(), now);
		if (accountLock == null && addressLock == null) {
			audit(now, email, null, address, channel, SignInOutcome.FAILED);
			return null;
		}
		if (accountLock != null) {
			audit(now, email, null, address, channel, SignInOutcome.ACCOUNT_LOCKED);
			tellHolder(email, now, accountLock, address);
		}
		if (addressLock != null) {
			audit(now, email, null, address, channel, SignInOutcome.ADDRESS_LOCKED);
		}
		Instant until = (accountLock == null || (addressLock != null && addressLock.isAfter(accountLock))) ? addressLock
				: accountLock;
		return new SignInRefusedException(Duration.between(now, until), true);
	}

	/** A right password: the account's count starts again, and the sign-in is kept. */
	@Transactional
	void succeeded(SignedInUser user, String email, String address, SignInChannel channel, boolean accountCounted) {
		Instant now = this.clock.instant();
		if (accountCounted) {
			this.jdbc.update("delete from sign_in_throttle where kind = 'ACCOUNT' and key = ?", email);
		}
		if (channel == SignInChannel.FORM) {
			audit(now, email, user.id(), address, channel, SignInOutcome.SIGNED_IN);
			this.jdbc.update("update app_user set last_sign_in_at = ? where id = ?", Timestamp.from(now), user.id());
		}
		else {
			// every API call signs in: the row is written at most once a minute, and
			// never
			// through the entity, so its version (and administrators' edits) are left
			// alone
			this.jdbc.update(
					"update app_user set last_sign_in_at = ? where id = ? "
							+ "and (last_sign_in_at is null or last_sign_in_at < ?)",
					Timestamp.from(now), user.id(), Timestamp.from(now.minus(API_SIGN_IN_RESOLUTION)));
		}
	}

	/** Forgets counts nobody needs any more: quiet for a day and not locked. */
	@Scheduled(cron = "${dhr.sign-in.cleanup-cron:0 15 3 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "sign-in-throttle-cleanup", lockAtMostFor = "PT10M")
	@Transactional
	public void forgetOldCounts() {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update(
				"delete from sign_in_throttle where last_failure_at < ? "
						+ "and (locked_until is null or locked_until < ?)",
				Timestamp.from(now.toInstant().minus(Duration.ofDays(1))), now);
	}

	/**
	 * One more wrong password for this key; sets the wait before the next attempt.
	 * @return when the lock this failure caused ends, or null
	 */
	private Instant count(String kind, String key, SignInLimits.Limit limit, Instant now) {
		Timestamp at = Timestamp.from(now);
		Timestamp quietSince = Timestamp.from(now.minus(limit.window()));
		// one statement, so that app nodes counting at once never lose a failure
		Integer failures = this.jdbc.queryForObject(
				"""
						insert into sign_in_throttle as t (kind, key, failures, first_failure_at, last_failure_at)
						values (?, ?, 1, ?, ?)
						on conflict (kind, key) do update set
						    failures = case when t.last_failure_at < ? or t.locked_until <= ? then 1
						                    else t.failures + 1 end,
						    first_failure_at = case when t.last_failure_at < ? or t.locked_until <= ? then excluded.first_failure_at
						                            else t.first_failure_at end,
						    last_failure_at = excluded.last_failure_at
						returning failures
						""",
				Integer.class, kind, key, at, at, quietSince, at, quietSince, at);
		Instant lockedUntil = null;
		Instant notBefore = null;
		if (failures != null && failures >= limit.maxFailures()) {
			lockedUntil = now.plus(limit.lock());
		}
		else {
			Duration delay = this.limits.delayAfter(limit, (failures != null) ? failures : 0);
			notBefore = delay.isZero() ? null : now.plus(delay);
		}
		this.jdbc.update("update sign_in_throttle set not_before = ?, locked_until = ? where kind = ? and key = ?",
				timestamp(notBefore), timestamp(lockedUntil), kind, key);
		return lockedUntil;
	}

	private void tellHolder(String email, Instant now, Instant lockedUntil, String address) {
		List<AccountLocked> holders = this.jdbc.query(
				"select id, email, name from app_user where lower(email) = ? and enabled",
				(rs, i) -> new AccountLocked(rs.getLong(1), rs.getString(2), rs.getString(3), now, lockedUntil,
						this.limits.account().maxFailures(), address),
				email);
		holders.forEach(this.events::publishEvent);
	}

	private void audit(Instant at, String email, Long userId, String address, SignInChannel channel,
			SignInOutcome outcome) {
		this.jdbc.update("insert into sign_in_event (at, email, user_id, address, channel, outcome) "
				+ "values (?, ?, coalesce(cast(? as bigint), (select id from app_user where lower(email) = ?)), ?, ?, ?)",
				Timestamp.from(at), email, userId, email, address, channel.name(), outcome.name());
	}

	private static Duration longer(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
