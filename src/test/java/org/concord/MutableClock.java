package org.concord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock tests move forward by hand. It never goes back, so tests sharing it cannot undo each other. Like the
 * application's clock it reads in the vendor's zone; a view of it in another zone moves with it.
 */
public class MutableClock extends Clock {

	private final ZoneId zone;
	private final MutableClock source;
	private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	public MutableClock(ZoneId zone) {
		this(zone, null);
	}

	private MutableClock(ZoneId zone, MutableClock source) {
		this.zone = zone;
		this.source = source;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new MutableClock(other, root());
	}

	@Override
	public Instant instant() {
		return source == null ? now : source.instant();
	}

	public void advance(Duration duration) {
		MutableClock root = root();
		root.now = root.now.plus(duration);
	}

	private MutableClock root() {
		return source == null ? this : source;
	}
}
