package org.concord.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts attempts per key in the database, so every node sees the same counts, and admits an attempt only while
 * none of its keys is blocked. The check and the count are one step under row locks: of many attempts at once,
 * no more get through than the policy allows. An attempt is counted before it is tried; one that succeeds can be
 * forgiven afterwards.
 */
@Component
class Throttle {

	/** A key an attempt counts against, and the policy of that key. */
	record Rule(String key, ThrottleEntry.Policy policy) {
	}

	private final ThrottleEntryRepository entries;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Throttle(ThrottleEntryRepository entries, PlatformTransactionManager transactionManager, Clock clock) {
		this.entries = entries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** How long this attempt must wait; zero when it may go ahead, and then it has been counted. */
	Duration admit(List<Rule> rules) {
		List<Rule> ordered = rules.stream().sorted(Comparator.comparing(Rule::key)).toList();
		ordered.forEach(rule -> createIfMissing(rule.key()));
		return transactions.execute(tx -> {
			Instant now = clock.instant();
			// locked in key order, so two attempts sharing keys never wait on each other in a circle
			List<ThrottleEntry> locked = ordered.stream().map(rule -> entries.lockById(rule.key()).orElseThrow()).toList();
			Duration wait = locked.stream().map(entry -> entry.blockedFor(now)).max(Duration::compareTo).orElse(Duration.ZERO);
			if (wait.isPositive()) {
				return wait;
			}
			for (int i = 0; i < ordered.size(); i++) {
				locked.get(i).recordFailure(ordered.get(i).policy(), now);
			}
			return Duration.ZERO;
		});
	}

	/** Takes back the count of an attempt that succeeded. */
	void forgive(Rule rule) {
		transactions.executeWithoutResult(tx -> entries.lockById(rule.key()).ifPresent(entry -> entry.forgiveOne(rule.policy())));
	}

	/** Forgets these keys' counts altogether. */
	void clear(List<String> keys) {
		transactions.executeWithoutResult(tx -> entries.deleteAllById(keys));
	}

	/** Before any lock is taken, outside the caller's transaction, so no attempt waits for a second connection. */
	private void createIfMissing(String key) {
		if (entries.existsById(key)) {
			return;
		}
		try {
			transactions.executeWithoutResult(tx -> entries.saveAndFlush(new ThrottleEntry(key)));
		}
		catch (DataIntegrityViolationException createdByAnotherAttempt) {
			// the row exists now, which is all that was needed
		}
	}
}
