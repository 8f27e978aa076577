package org.concord.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, kept in the database so every node sees the same counts.
 * <ul>
 * <li>one account from one address: 5 failures block that pair for 1 minute, doubling up to 15 minutes;</li>
 * <li>one address over any accounts: 30 failures in 15 minutes block the address for 15 minutes;</li>
 * <li>one account from any addresses: 100 failures in 15 minutes block the account for 5 minutes at most.</li>
 * </ul>
 * An attacker elsewhere can therefore only lock a real user out by a large distributed attack, and then only
 * for minutes.
 */
@Component
class LoginThrottle {

	static final ThrottleEntry.Policy PAIR = new ThrottleEntry.Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofMinutes(15));
	static final ThrottleEntry.Policy ADDRESS = new ThrottleEntry.Policy(30, Duration.ofMinutes(15),
			Duration.ofMinutes(15), Duration.ofMinutes(15));
	static final ThrottleEntry.Policy ACCOUNT = new ThrottleEntry.Policy(100, Duration.ofMinutes(15),
			Duration.ofMinutes(1), Duration.ofMinutes(5));

	private final ThrottleEntryRepository entries;
	private final Clock clock;

	LoginThrottle(ThrottleEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** How long this attempt must wait; zero when it may go ahead. */
	@Transactional(readOnly = true)
	Duration waitFor(String username, String address) {
		var now = clock.instant();
		return entries.findAllById(keys(username, address)).stream().map(e -> e.blockedFor(now))
				.max(Duration::compareTo).orElse(Duration.ZERO);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String username, String address) {
		var now = clock.instant();
		entry(pairKey(username, address)).recordFailure(PAIR, now);
		entry("address:" + address).recordFailure(ADDRESS, now);
		entry(accountKey(username)).recordFailure(ACCOUNT, now);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String username, String address) {
		entries.deleteAllById(List.of(pairKey(username, address), accountKey(username)));
	}

	private ThrottleEntry entry(String key) {
		return entries.findById(key).orElseGet(() -> entries.save(new ThrottleEntry(key)));
	}

	private static List<String> keys(String username, String address) {
		return List.of(pairKey(username, address), "address:" + address, accountKey(username));
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
