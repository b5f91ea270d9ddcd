package org.dhrqa.tracker.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many wrong passwords are let through, per account and per remote address: the first
 * few freely, then each one makes the next attempt wait twice as long (1 s, 2 s, 4 s … up
 * to {@code dhr.sign-in.max-delay}), and the last one locks. The count starts again after
 * a quiet window without wrong passwords, after a lock has run out, and (for an account)
 * after a right password.
 */
@Component
class SignInLimits {

	/**
	 * @param delayAfter wrong passwords before the first wait
	 * @param maxFailures the wrong password that locks
	 * @param window how long without a wrong password before the count starts again
	 * @param lock how long a lock lasts
	 */
	record Limit(int delayAfter, int maxFailures, Duration window, Duration lock) {

	}

	private final Limit account;

	private final Limit address;

	private final Duration maxDelay;

	SignInLimits(@Value("${dhr.sign-in.account.delay-after:3}") int accountDelayAfter,
			@Value("${dhr.sign-in.account.max-failures:10}") int accountMaxFailures,
			@Value("${dhr.sign-in.account.window:PT15M}") Duration accountWindow,
			@Value("${dhr.sign-in.account.lock:PT15M}") Duration accountLock,
			@Value("${dhr.sign-in.address.delay-after:20}") int addressDelayAfter,
			@Value("${dhr.sign-in.address.max-failures:50}") int addressMaxFailures,
			@Value("${dhr.sign-in.address.window:PT15M}") Duration addressWindow,
			@Value("${dhr.sign-in.address.lock:PT15M}") Duration addressLock,
			@Value("${dhr.sign-in.max-delay:PT1M}") Duration maxDelay) {
		this.account = new Limit(accountDelayAfter, accountMaxFailures, accountWindow, accountLock);
		this.address = new Limit(addressDelayAfter, addressMaxFailures, addressWindow, addressLock);
		this.maxDelay = maxDelay;
	}

	Limit account() {
		return this.account;
	}

	Limit address() {
		return this.address;
	}

	/** The wait before the next attempt after this many wrong passwords in a row. */
	Duration delayAfter(Limit limit, int failures) {
		if (failures < limit.delayAfter()) {
			return Duration.ZERO;
		}
		int doublings = failures - limit.delayAfter();
		Duration delay = (doublings >= 30) ? this.maxDelay : Duration.ofSeconds(1L << doublings);
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

}
