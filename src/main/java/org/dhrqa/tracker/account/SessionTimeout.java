package org.dhrqa.tracker.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a session lasts without a request ({@code dhr.session.idle-timeout}, 30
 * minutes unless set) and how long before the end the page warns
 * ({@code dhr.session.warning-before}, 5 minutes). Templates read it as
 * {@code @sessionTimeout}: the layout hands both to the warning script, the sign-in page
 * names the minutes.
 */
@Component("sessionTimeout")
class SessionTimeout {

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

	public long warningSeconds() {
		return this.warning.toSeconds();
	}

	/** Whole minutes, for the words "after 30 minutes without activity"; at least 1. */
	public long minutes() {
		return Math.max(1, Math.round(this.idle.toSeconds() / 60.0));
	}

}
