package org.concord.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** Attempts counted for one key (an account, an address, or the pair), and how long it is blocked. */
@Entity
@Table(name = "login_throttle")
class ThrottleEntry implements Persistable<String> {

	/**
	 * After {@code threshold} failures within {@code window}, block for {@code firstBlock}, doubling with each
	 * further failure up to {@code maxBlock}. The cap is what keeps an attacker from locking a person out for long.
	 */
	record Policy(int threshold, Duration window, Duration firstBlock, Duration maxBlock) {
	}

	@Id
	private String throttleKey;

	private int failures;

	private Instant windowStart;

	private Instant blockedUntil;

	@Transient
	private boolean fresh;

	protected ThrottleEntry() {
	}

	ThrottleEntry(String key) {
		this.throttleKey = key;
		this.fresh = true;
	}

	@Override
	public String getId() {
		return throttleKey;
	}

	/** A new key is inserted, never merged over a row another attempt created meanwhile. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	void recordFailure(Policy policy, Instant now) {
		if (windowStart == null || !now.isBefore(windowStart.plus(policy.window()))) {
			windowStart = now;
			failures = 0;
		}
		failures++;
		if (failures >= policy.threshold()) {
			int doublings = Math.min(failures - policy.threshold(), 20);
			Duration block = policy.firstBlock().multipliedBy(1L << doublings);
			blockedUntil = now.plus(block.compareTo(policy.maxBlock()) > 0 ? policy.maxBlock() : block);
		}
	}

	/** Takes back one counted attempt (it succeeded), and the block it may have set. */
	void forgiveOne(Policy policy) {
		if (failures > 0) {
			failures--;
		}
		if (failures < policy.threshold()) {
			blockedUntil = null;
		}
	}

	Duration blockedFor(Instant now) {
		return blockedUntil != null && now.isBefore(blockedUntil) ? Duration.between(now, blockedUntil) : Duration.ZERO;
	}
}
