package org.concord.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing:
 * <ul>
 * <li>one account from one address: 5 attempts block that pair for 1 minute, doubling up to 15 minutes;</li>
 * <li>one address over any accounts: 30 attempts in 15 minutes block the address for 15 minutes;</li>
 * <li>one account from any addresses: 100 attempts in 15 minutes block the account for 5 minutes at most.</li>
 * </ul>
 * Every attempt is counted before its password is checked, in one step with the check of the limits, so guesses
 * sent in parallel get no further than guesses sent one by one; a successful login takes its count back. An
 * attacker elsewhere can therefore only lock a real user out by a large distributed attack, and then only for
 * minutes.
 */
@Component
class LoginThrottle {

	static final ThrottleEntry.Policy PAIR = new ThrottleEntry.Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofMinutes(15));
	static final ThrottleEntry.Policy ADDRESS = new ThrottleEntry.Policy(30, Duration.ofMinutes(15),
			Duration.ofMinutes(15), Duration.ofMinutes(15));
	static final ThrottleEntry.Policy ACCOUNT = new ThrottleEntry.Policy(100, Duration.ofMinutes(15),
			Duration.ofMinutes(1), Duration.ofMinutes(5));

	private final Throttle throttle;

	LoginThrottle(Throttle throttle) {
		this.throttle = throttle;
	}

	/** How long this attempt must wait; zero when it may go ahead, and then it counts as a failure until it succeeds. */
	Duration admit(String username, String address) {
		return throttle.admit(List.of(new Throttle.Rule(pairKey(username, address), PAIR),
				new Throttle.Rule(addressKey(address), ADDRESS), new Throttle.Rule(accountKey(username), ACCOUNT)));
	}

	/** The password was right: the account starts afresh, and the address gets this attempt back. */
	void succeeded(String username, String address) {
		throttle.clear(List.of(pairKey(username, address), accountKey(username)));
		throttle.forgive(new Throttle.Rule(addressKey(address), ADDRESS));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static String accountKey(String username) {
		return "account:" + normalize(username);
	}

	private static String pairKey(String username, String address) {
		return "pair:" + normalize(username) + "|" + address;
	}

	private static String normalize(String username) {
		String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}
}
