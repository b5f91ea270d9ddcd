package org.dhrqa.tracker.account;

import java.time.Duration;
import java.time.Instant;

import org.dhrqa.tracker.shared.web.PageVariable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How long a session lasts without a request ({@code dhr.session.idle-timeout}, 30
 * minutes unless set) and how long before the end the page warns
 * ({@code dhr.session.warning-before}, 5 minutes). Templates read it as the page variable
 * {@code sessionTimeout} (a {@link org.dhrqa.tracker.shared.web.PageVariable}): the
 * layout hands the seconds left and the warning to the warning script, the sign-in page
 * names the minutes.
 */
@Component
public class SessionTimeout implements PageVariable {

	@Override
	public String variableName() {
		return "sessionTimeout";
	}

	private final Duration idle;

	private final Duration warning;

	SessionTimeout(@Value("${dhr.session.idle-timeout:30m}") Duration idle,
			@Value("${dhr.session.warning-before:5m}") Duration warning) {
		if (idle.isNegative() || idle.isZero()) {
			throw new IllegalArgumentException("dhr.session.idle-timeout must be longer than zero, not " + idle);
		}
		this.idle = idle;
		// a warning longer than the session itself would show at once: warn half-way
		// instead
		this.warning = (warning.compareTo(idle) < 0) ? warning : idle.dividedBy(2);
	}

	public long seconds() {
		return this.idle.toSeconds();
	}

	/**
	 * Seconds until the current request's session ends as PostgreSQL keeps it: the idle
	 * timeout counted from the last access it stores, which a page view within
	 * {@link #quietFor()} of that does not move ({@link SessionReadBack}). The page's
	 * warning counts down from this, so it never promises more than the store keeps.
	 */
	public long secondsLeft() {
		Instant stored = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? SessionReadBack.storedAccess(request.getRequest()) : null;
		if (stored == null) {
			return seconds();
		}
		// the system clock, as Spring Session stamps the access with it
		Duration idleSoFar = Duration.between(stored, Instant.now());
		return Math.max(0, Math.min(this.idle.minus(idleSoFar).toSeconds(), seconds()));
	}

	/**
	 * How long a page view may leave the stored last access as it is: a thirtieth of the
	 * idle timeout (a minute of thirty), so a session ends within that of the timeout.
	 */
	Duration quietFor() {
		return this.idle.dividedBy(30);
	}

	public long warningSeconds() {
		return this.warning.toSeconds();
	}

	/** Whole minutes, for the words "after 30 minutes without activity"; at least 1. */
	public long minutes() {
		return Math.max(1, Math.round(this.idle.toSeconds() / 60.0));
	}

}
