package org.concord.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value each node keeps for a while instead of reading it on every request: loaded again once it is older than
 * its time to live, and forgotten at once on this node (and again when the forgetting transaction ends, so nobody
 * keeps what it replaces) when it changes. Another node sees a change within the time to live.
 */
public final class NodeCache<T> {

	private record Loaded<T>(T value, Instant at) {
	}

	private final Clock clock;
	private final Duration timeToLive;
	private final Function<Instant, T> load;
	private volatile Loaded<T> loaded;

	/** {@code load} is given the moment it loads at. */
	public NodeCache(Clock clock, Duration timeToLive, Function<Instant, T> load) {
		this.clock = clock;
		this.timeToLive = timeToLive;
		this.load = load;
	}

	public T get() {
		Loaded<T> current = loaded;
		Instant now = clock.instant();
		if (current == null || !now.isBefore(current.at().plus(timeToLive))) {
			current = new Loaded<>(load.apply(now), now);
			loaded = current;
		}
		return current.value();
	}

	public void forget() {
		loaded = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					loaded = null;
				}
			});
		}
	}
}
