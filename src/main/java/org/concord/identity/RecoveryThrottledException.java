package org.concord.identity;

import java.time.Duration;

/** Too many recovery requests for one address, or from one client: the person waits before asking again. */
public class RecoveryThrottledException extends RuntimeException {

	private final Duration wait;

	RecoveryThrottledException(Duration wait) {
		super("Too many requests: please wait " + Math.max(1, wait.toMinutes()) + " minute(s) and try again.");
		this.wait = wait;
	}

	public Duration waitFor() {
		return wait;
	}
}
