package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;

/**
 * A month's invoice for a contract: the MRR in force on the first day of the period (the contract's start, in
 * its first month), due 30 days after the period starts.
 */
@Entity
@Table(name = "invoice")
class Invoice {

	static final int DAYS_TO_PAY = 30;

	@Id
	private UUID id;

	private UUID contractId;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private BigDecimal amount;

	private String currency;

	private LocalDate dueOn;

	private Instant issuedAt;

	private LocalDate flaggedPastDueOn;

	protected Invoice() {
	}

	static Invoice forMonth(Contract contract, YearMonth month, Instant now) {
		if (month == null) {
			throw new InvalidInputException("month", "Choose the month to invoice.");
		}
		LocalDate start = month.atDay(1).isBefore(contract.startDate()) ? contract.startDate() : month.atDay(1);
		if (start.isAfter(month.atEndOfMonth())) {
			throw new InvalidInputException("month", "The contract starts on " + contract.startDate() + ".");
		}
		Money due = contract.mrrOn(start);
		if (!due.isPositive()) {
			throw new InvalidInputException("month", "Nothing to invoice: the contract is not running on " + start + ".");
		}
		Invoice invoice = new Invoice();
		invoice.id = UUID.randomUUID();
		invoice.contractId = contract.contractId().value();
		invoice.periodStart = start;
		invoice.periodEnd = month.atEndOfMonth();
		invoice.amount = due.amount();
		invoice.currency = due.currency().getCurrencyCode();
		invoice.dueOn = start.plusDays(DAYS_TO_PAY);
		invoice.issuedAt = now;
		return invoice;
	}

	/** Past its due date with money still outstanding. */
	boolean isPastDue(Money paid, LocalDate today) {
		return today.isAfter(dueOn) && amount().minus(paid).isPositive();
	}

	LocalDate dueOn() {
		return dueOn;
	}

	UUID id() {
		return id;
	}

	UUID contractId() {
		return contractId;
	}

	Money amount() {
		return Money.of(amount, currency);
	}

	InvoiceView toView(Money paid) {
		return new InvoiceView(id, contractId, periodStart, periodEnd, amount(), dueOn, paid, amount().minus(paid));
	}
}
