package org.concord.registrations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds that end: the protection window warns partners before it ends and expires registrations that were not
 * renewed; a return not answered in time lapses (the partner is warned 3 days before); both release their match
 * keys so the opportunity is open again, and the first partner in line is told. A submission still undecided after
 * its SLA is escalated to the channel managers. Runs as a db-scheduler job, so with several nodes one node does each
 * run; works in batches, each in its own transaction.
 */
@Component
class Validity {

	private static final Logger log = LoggerFactory.getLogger(Validity.class);
	private static final List<RegistrationStatus> RUNNING = List.of(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE);
	private static final int BATCH = 200;

	private final RegistrationRepository registrations;
	private final ProgramSettingsRepository settings;
	private final DuplicateCheck duplicates;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Validity(RegistrationRepository registrations, ProgramSettingsRepository settings, DuplicateCheck duplicates,
			TransactionTemplate transactions, Clock clock) {
		this.registrations = registrations;
		this.settings = settings;
		this.duplicates = duplicates;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** One run: what it did. */
	Result sweep() {
		Instant now = clock.instant();
		int expired = expire(now);
		int warned = warn(now);
		int lapsed = inBatches(() -> lapseBatch(now));
		int lapseWarned = inBatches(() -> warnOfLapseBatch(now));
		int escalated = inBatches(() -> escalateBatch(now));
		if (expired + warned + lapsed + lapseWarned + escalated > 0) {
			log.info("Registration validity: {} expired, {} warned, {} lapsed, {} warned of a lapse, {} escalated", expired,
					warned, lapsed, lapseWarned, escalated);
		}
		return new Result(warned, expired, lapsed, lapseWarned, escalated);
	}

	record Result(int warned, int expired, int lapsed, int lapseWarned, int escalated) {
	}

	/** Runs batches until one comes back short; a batch another node got to first is read again as it left it. */
	private int inBatches(IntSupplier batch) {
		int total = 0;
		while (true) {
			int done;
			try {
				done = batch.getAsInt();
			}
			catch (ObjectOptimisticLockingFailureException otherNode) {
				continue;
			}
			total += done;
			if (done < BATCH) {
				return total;
			}
		}
	}

	private int lapseBatch(Instant now) {
		return transactions.execute(tx -> {
			Duration lapse = settings.current().returnLapse();
			List<Registration> batch = registrations.returnedBefore(RegistrationStatus.RETURNED, now.minus(lapse), Limit.of(BATCH));
			batch.forEach(registration -> {
				if (registration.lapseIfDue(lapse, now)) {
					duplicates.release(registration);
				}
			});
			registrations.saveAll(batch);
			return batch.size();
		});
	}

	private int warnOfLapseBatch(Instant now) {
		return transactions.execute(tx -> {
			Duration lapse = settings.current().returnLapse();
			List<Registration> batch = registrations.returnedUnwarnedBefore(RegistrationStatus.RETURNED,
					now.minus(lapse).plus(Registration.LAPSE_WARNING), Limit.of(BATCH));
			batch.forEach(registration -> registration.warnOfLapseIfDue(lapse, now));
			registrations.saveAll(batch);
			return batch.size();
		});
	}

	private int escalateBatch(Instant now) {
		return transactions.execute(tx -> {
			List<Registration> batch = registrations.overdueNotEscalated(RegistrationStatus.SUBMITTED, now, Limit.of(BATCH));
			batch.forEach(registration -> registration.escalateIfOverdue(now));
			registrations.saveAll(batch);
			return batch.size();
		});
	}

	private int expire(Instant now) {
		int total = 0;
		while (true) {
			int done;
			try {
				done = expireBatch(now);
			}
			catch (ObjectOptimisticLockingFailureException otherNode) {
				// another node expired some of this batch first: what it did stands; take the next batch
				log.info("Registration validity: another node expired part of this batch first; continuing");
				continue;
			}
			total += done;
			if (done < BATCH) {
				return total;
			}
		}
	}

	private int expireBatch(Instant now) {
		return transactions.execute(tx -> {
			List<Registration> batch = registrations.protectionEnded(RUNNING, now, Limit.of(BATCH));
			batch.forEach(registration -> {
				registration.expireIfDue(now);
				duplicates.release(registration);
			});
			registrations.saveAll(batch);
			return batch.size();
		});
	}

	private int warn(Instant now) {
		List<Integer> warningDays = transactions.execute(tx -> settings.current().warningDays());
		if (warningDays.isEmpty()) {
			return 0;
		}
		Instant startedBefore = now.minus(Duration.ofDays(warningDays.getFirst()));
		int[] warned = { 0 };
		UUID after = new UUID(0L, 0L);
		while (true) {
			UUID from = after;
			int before = warned[0];
			List<Registration> batch;
			try {
				batch = transactions.execute(tx -> {
					List<Registration> found = registrations.warningCandidates(RUNNING, startedBefore, warningDays.size(),
							from, Limit.of(BATCH));
					found.stream().filter(registration -> registration.warnIfDue(warningDays, now)).forEach(r -> warned[0]++);
					registrations.saveAll(found);
					return found;
				});
			}
			catch (ObjectOptimisticLockingFailureException otherNode) {
				warned[0] = before; // rolled back: read the same page again, as the other node left it
				log.info("Registration validity: another node warned part of this batch first; continuing");
				continue;
			}
			if (batch.size() < BATCH) {
				return warned[0];
			}
			after = batch.getLast().registrationId().value();
		}
	}
}
