package org.concord.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

record ContactTime(UUID partnerId, Instant offeredAt, Instant contactedAt) {

	Duration elapsed() {
		return Duration.between(offeredAt, contactedAt);
	}
}
