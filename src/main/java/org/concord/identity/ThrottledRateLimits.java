package org.concord.identity;

import java.time.Duration;
import java.util.List;

import org.concord.shared.RateLimits;
import org.springframework.stereotype.Component;

/** Other modules' rate limits, counted by the same database throttle as logins and recovery requests. */
@Component
class ThrottledRateLimits implements RateLimits {

	private final Throttle throttle;

	ThrottledRateLimits(Throttle throttle) {
		this.throttle = throttle;
	}

	@Override
	public Duration admit(List<Limit> limits) {
		return throttle.admit(limits.stream().map(limit -> new Throttle.Rule(limit.key(),
				new ThrottleEntry.Policy(limit.attempts(), limit.window(), limit.window(), limit.window()))).toList());
	}
}
