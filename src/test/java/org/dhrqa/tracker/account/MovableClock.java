package org.dhrqa.tracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in a test that needs time to pass: real time plus an offset.
 */
final class MovableClock extends Clock {

	private final Clock base;

	private volatile Duration offset = Duration.ZERO;

	MovableClock(Clock base) {
		this.base = base;
	}

	void advance(Duration by) {
		this.offset = this.offset.plus(by);
	}

	@Override
	public ZoneId getZone() {
		return this.base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock moved = new MovableClock(this.base.withZone(zone));
		moved.offset = this.offset;
		return moved;
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset);
	}

}
