package org.concord.leads;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contact rule's clock: reminds partners before their deadline, and takes back every lead whose deadline
 * passed without contact, offering it to the next partner (or to a channel manager, per setting). Each lead is
 * handled in a transaction of its own, and the lead's version makes a take-back happen once: a second node
 * that tries the same lead at the same moment fails on the version and moves on.
 */
@Component
class LeadDeadlines {

	private static final Logger log = LoggerFactory.getLogger(LeadDeadlines.class);
	private static final int BATCH = 200;

	private final LeadRepository leads;
	private final LeadSettingsRepository settings;
	private final LeadRouter router;
	private final TransactionTemplate transactions;
	private final Clock clock;

	LeadDeadlines(LeadRepository leads, LeadSettingsRepository settings, LeadRouter router,
			TransactionTemplate transactions, Clock clock) {
		this.leads = leads;
		this.settings = settings;
		this.router = router;
		this.transactions = transactions;
		this.clock = clock;
	}

	record Result(int reminded, int takenBack) {
	}

	Result sweep() {
		Instant now = clock.instant();
		int takenBack = each(leads.overdue(now, Limit.of(BATCH)), lead -> takeBack(lead, now));
		int reminded = each(leads.dueForReminder(now, Limit.of(BATCH)), lead -> lead.remindIfDue(now));
		if (takenBack + reminded > 0) {
			log.info("Lead deadlines: {} taken back and rerouted, {} reminded", takenBack, reminded);
		}
		return new Result(reminded, takenBack);
	}

	private boolean takeBack(Lead lead, Instant now) {
		LeadSettings current = settings.current();
		if (!lead.takeBackIfOverdue(current.contactWorkingDays(), now)) {
			return false;
		}
		if (current.onTimeout() == OnTimeout.CHANNEL_MANAGER) {
			lead.toChannelManager("The partner did not make contact in time; the settings hand such leads to a channel manager.", now);
		}
		else {
			router.route(lead, current, "Rerouted: the previous partner did not make contact in time.");
		}
		return true;
	}

	private int each(List<UUID> ids, Predicate<Lead> change) {
		int done = 0;
		for (UUID id : ids) {
			try {
				Boolean changed = transactions.execute(tx -> leads.findById(id).filter(change).map(leads::save).isPresent());
				done += Boolean.TRUE.equals(changed) ? 1 : 0;
			}
			catch (ObjectOptimisticLockingFailureException otherNode) {
				log.info("Lead deadlines: lead {} was changed by another node or person first; leaving it to them", id);
			}
		}
		return done;
	}
}
