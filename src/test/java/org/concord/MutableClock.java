package org.concord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A clock tests move forward by hand. It never goes back, so tests sharing it cannot undo each other. */
public class MutableClock extends Clock {

	private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}
}
