package org.dhrqa.tracker.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in not even tried: too many wrong passwords for the account or from the address.
 * Says how long to wait, and whether that is a lock or only the growing delay before one.
 */
class SignInRefusedException extends AuthenticationException {

	private final Duration wait;

	private final boolean locked;

	SignInRefusedException(Duration wait, boolean locked) {
		super(locked ? "Locked after too many wrong passwords" : "Too many wrong passwords: wait");
		this.wait = wait;
		this.locked = locked;
	}

	Duration getWait() {
		return this.wait;
	}

	boolean isLocked() {
		return this.locked;
	}

	/** Whole minutes to wait, rounded up (for a lock). */
	long minutes() {
		return Math.max(1, (this.wait.getSeconds() + 59) / 60);
	}

	/** Whole seconds to wait, rounded up (for the delay). */
	long seconds() {
		return Math.max(1, this.wait.getSeconds() + ((this.wait.getNano() > 0) ? 1 : 0));
	}

	/** The message key and its argument, for the sign-in page and the API alike. */
	String messageKey() {
		return this.locked ? "login.locked" : "login.wait";
	}

	long messageArgument() {
		return this.locked ? minutes() : seconds();
	}

}
