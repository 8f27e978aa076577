package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThrottleEntryTests {

	private final Instant start = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void blocksAfterTheThresholdAndDoublesUpToTheCap() {
		ThrottleEntry entry = new ThrottleEntry("pair:x|1.2.3.4");
		for (int i = 0; i < 4; i++) {
			entry.recordFailure(LoginThrottle.PAIR, start);
		}
		assertThat(entry.blockedFor(start)).isZero();
		entry.recordFailure(LoginThrottle.PAIR, start);
		assertThat(entry.blockedFor(start)).isEqualTo(Duration.ofMinutes(1));
		entry.recordFailure(LoginThrottle.PAIR, start);
		assertThat(entry.blockedFor(start)).isEqualTo(Duration.ofMinutes(2));
		for (int i = 0; i < 10; i++) {
			entry.recordFailure(LoginThrottle.PAIR, start);
		}
		assertThat(entry.blockedFor(start)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aBlockEndsByItself() {
		ThrottleEntry entry = new ThrottleEntry("pair:x|1.2.3.4");
		for (int i = 0; i < 5; i++) {
			entry.recordFailure(LoginThrottle.PAIR, start);
		}
		assertThat(entry.blockedFor(start.plusSeconds(59))).isPositive();
		assertThat(entry.blockedFor(start.plusSeconds(60))).isZero();
	}

	@Test
	void failuresOutsideTheWindowStartAFreshCount() {
		ThrottleEntry entry = new ThrottleEntry("pair:x|1.2.3.4");
		for (int i = 0; i < 4; i++) {
			entry.recordFailure(LoginThrottle.PAIR, start);
		}
		Instant later = start.plus(Duration.ofMinutes(16));
		entry.recordFailure(LoginThrottle.PAIR, later);
		assertThat(entry.blockedFor(later)).isZero();
	}

	@Test
	void anAccountAttackedFromEverywhereIsBlockedForMinutesOnly() {
		ThrottleEntry entry = new ThrottleEntry("account:x");
		for (int i = 0; i < 500; i++) {
			entry.recordFailure(LoginThrottle.ACCOUNT, start);
		}
		assertThat(entry.blockedFor(start)).isLessThanOrEqualTo(Duration.ofMinutes(5)).isPositive();
	}
}
