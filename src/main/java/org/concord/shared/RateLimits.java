package org.concord.shared;

import java.time.Duration;
import java.util.List;

/**
 * Limits on how often something may be attempted, counted in the database so every node sees the same counts.
 * Implemented by the identity module's throttle; modules depend on this, not on identity.
 */
public interface RateLimits {

	/** At most {@code attempts} within {@code window} for this key, then a wait of one window. */
	record Limit(String key, int attempts, Duration window) {
	}

	/** Counts an attempt against every limit: zero when it may go ahead, else how long it must wait. */
	Duration admit(List<Limit> limits);
}
