package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.concord.identity.Safeguards;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.concord.shared.access.Administer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying partners what they earned: a vendor admin prepares a batch of every unpaid ledger line up to a day, another
 * approves the lines to pay (four eyes, unless the vendor turned that off), and it is marked paid, which freezes its
 * lines.
 */
@Service
public class Payouts {

	private final PayoutRepository payouts;
	private final PartnerDirectory partners;
	private final Safeguards safeguards;
	private final CurrentActor actor;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Payouts(PayoutRepository payouts, PartnerDirectory partners, Safeguards safeguards, CurrentActor actor,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.payouts = payouts;
		this.partners = partners;
		this.safeguards = safeguards;
		this.actor = actor;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Prepares a payout of every unpaid ledger line booked up to a day, for each partner owed something. */
	@Administer
	public UUID prepare(LocalDate upTo) {
		try {
			return transactions.execute(tx -> {
				List<PayoutLine> unpaid = payouts.unpaidUpTo(upTo == null ? LocalDate.EPOCH : upTo).stream()
						.map(row -> new PayoutLine((UUID) row[0], (UUID) row[1], Money.of((BigDecimal) row[2], (String) row[3])))
						.toList();
				PayoutBatch batch = payouts.saveAndFlush(new PayoutBatch(upTo, unpaid, actor.userId().value(), clock.instant()));
				events.publishEvent(new Audited("PAYOUT_PREPARED", batch.id().toString(), batch.lines().size()
						+ " ledger line(s) booked up to " + upTo));
				return batch.id();
			});
		}
		catch (DataIntegrityViolationException preparedTwice) {
			throw new InvalidInputException("upTo", "Another payout took some of these lines at the same moment; prepare again.");
		}
	}

	/** Approves these ledger lines for payment; the batch's other lines wait for a later one. */
	@Administer
	@Transactional
	public void approve(UUID batch, Set<UUID> linesToPay) {
		PayoutBatch found = find(batch);
		found.approve(linesToPay, actor.userId().value(), safeguards.current().payoutFourEyes(), clock.instant(),
				partnerNames(found));
		events.publishEvent(new Audited("PAYOUT_APPROVED", batch.toString(), found.lines().size() + " line(s) approved to pay: "
				+ found.toView(partnerNames(found)).partners().stream().map(p -> p.partnerName() + " " + p.amount()).toList()));
	}

	/** The approved payout was paid: its reference and day; its lines are frozen from now on. */
	@Administer
	@Transactional
	public void markPaid(UUID batch, String reference, LocalDate paidOn) {
		find(batch).markPaid(reference, paidOn, LocalDate.now(clock));
		events.publishEvent(new Audited("PAYOUT_PAID", batch.toString(), "paid on " + paidOn + ", reference " + reference));
	}

	/** The latest 50 batches, newest first. */
	@Administer
	@Transactional(readOnly = true)
	public List<PayoutView> recent() {
		return payouts.findTop50ByOrderByPreparedAtDesc().stream().map(b -> b.toView(partnerNames(b))).toList();
	}

	@Administer
	@Transactional(readOnly = true)
	public PayoutView get(UUID batch) {
		PayoutBatch found = find(batch);
		return found.toView(partnerNames(found));
	}

	private PayoutBatch find(UUID batch) {
		return payouts.findById(batch).orElseThrow(() -> new NotFoundException("Payout"));
	}

	private Map<UUID, String> partnerNames(PayoutBatch batch) {
		return partners.namesOf(batch.lines().stream().map(PayoutLine::partnerId).toList());
	}
}
