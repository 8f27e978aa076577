package org.concord.commissions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.concord.shared.BusinessCalendar;
import org.concord.shared.Money;

/**
 * "If your Subscriber is not paying their invoice, we'll contact them and you": every hour, on one node, each
 * invoice past its due date with money outstanding is flagged, once, and the vendor and the partners credited
 * on its contract are told. The flag is set by a conditional update, so even two nodes at once tell them once.
 */
@Component
class PastDueInvoices {

	private final InvoiceRepository invoices;
	private final PaymentRepository payments;
	private final ContractRepository contracts;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PastDueInvoices(InvoiceRepository invoices, PaymentRepository payments, ContractRepository contracts,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.invoices = invoices;
		this.payments = payments;
		this.contracts = contracts;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Returns how many invoices it flagged. */
	int check() {
		LocalDate today = LocalDate.now(clock);
		return transactions.execute(tx -> {
			int flagged = 0;
			for (Invoice invoice : invoices.findTop500ByDueOnBeforeAndFlaggedPastDueOnIsNullOrderByDueOn(today)) {
				Money paid = payments.findByInvoiceIdOrderByRecordedAt(invoice.id()).stream().map(Payment::signedAmount)
						.reduce(Money.zero(invoice.amount().currency().getCurrencyCode()), Money::plus);
				if (invoice.isPastDue(paid, today) && invoices.flagPastDue(invoice.id(), today) == 1) {
					Contract contract = contracts.findById(invoice.contractId()).orElseThrow();
					events.publishEvent(new InvoicePastDue(invoice.id(), contract.contractId(), contract.subscriber(),
							invoice.dueOn(), invoice.amount().minus(paid)));
					flagged++;
				}
			}
			return flagged;
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> pastDueInvoiceTask(PastDueInvoices pastDue) {
			return Tasks.recurring("invoice-past-due", FixedDelay.of(Duration.ofHours(1)))
					.execute((instance, context) -> pastDue.check());
		}

		/** Recounts the monthly commission tally every night: it is kept as entries are booked, this repairs drift. */
		@Bean
		RecurringTask<Void> commissionMonthsTask(CommissionMonths months, BusinessCalendar calendar) {
			return Tasks.recurring("commission-months", new Daily(calendar.zone(), LocalTime.of(3, 45)))
					.execute((instance, context) -> months.rebuild());
		}
	}

	List<Invoice> flagged(UUID partner) {
		return partner == null ? invoices.flagged() : invoices.flaggedFor(partner);
	}
}
