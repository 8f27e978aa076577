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
 * A billing period's invoice (a month by default): the MRR in force on the first day of the period (the contract's
 * start, in its first month) for each month it covers, due 30 days after the period starts.
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

	/**
	 * The invoice for the billing period that starts in {@code month}: one month, or 3 or 12 for a contract billed
	 * so. It carries the MRR in force when the period starts, times the months it covers.
	 */
	static Invoice forMonth(Contract contract, YearMonth month, Instant now) {
		if (month == null) {
			throw new InvalidInputException("month", "Choose the month to invoice.");
		}
		YearMonth first = YearMonth.from(contract.startDate());
		long since = java.time.temporal.ChronoUnit.MONTHS.between(first, month);
		if (since < 0) {
			throw new InvalidInputException("month", "The contract starts on " + contract.startDate() + ".");
		}
		if (since % contract.billingMonths() != 0) {
			throw new InvalidInputException("month", "This contract is invoiced every " + contract.billingMonths()
					+ " months, from " + first + ": the next period starts in "
					+ first.plusMonths((since / contract.billingMonths() + 1) * contract.billingMonths()) + ".");
		}
		LocalDate start = month.atDay(1).isBefore(contract.startDate()) ? contract.startDate() : month.atDay(1);
		Money mrr = contract.mrrOn(start);
		if (!mrr.isPositive()) {
			throw new InvalidInputException("month", "Nothing to invoice: the contract is not running on " + start + ".");
		}
		Invoice invoice = new Invoice();
		invoice.id = UUID.randomUUID();
		invoice.contractId = contract.contractId().value();
		invoice.periodStart = start;
		invoice.periodEnd = month.plusMonths(contract.billingMonths() - 1L).atEndOfMonth();
		Money due = mrr.times(java.math.BigDecimal.valueOf(contract.billingMonths()));
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
