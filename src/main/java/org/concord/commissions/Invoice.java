package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A billing period's invoice (a month by default): the MRR in force on the first day of the period (the contract's
 * start, in its first month) for each month it covers, due 30 days after the period starts.
 */
@Entity
@Table(name = "invoice")
class Invoice extends AbstractAggregateRoot<Invoice> {

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
		long since = ChronoUnit.MONTHS.between(first, month);
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
		Money due = mrr.times(BigDecimal.valueOf(contract.billingMonths()));
		invoice.amount = due.amount();
		invoice.currency = due.currency().getCurrencyCode();
		invoice.dueOn = start.plusDays(DAYS_TO_PAY);
		invoice.issuedAt = now;
		invoice.registerEvent(new InvoiceIssued(invoice.id, contract.contractId(), start, invoice.periodEnd, due));
		return invoice;
	}

	/** Past its due date with money still outstanding. */
	boolean isPastDue(Money paid, LocalDate today) {
		return today.isAfter(dueOn) && amount().minus(paid).isPositive();
	}

	/** What is paid on it so far: payments less refunds and chargebacks. */
	Money paid(List<Payment> received) {
		return Money.sum(received.stream().map(Payment::signedAmount).toList(), currency);
	}

	/** What a payment or a reversal accrues commission on (negative for a reversal), and the payment it reverses. */
	record Receipt(Money base, UUID reverses) {
	}

	/**
	 * A payment received on this invoice counts for commission up to what the invoice still lacks; a refund or a
	 * chargeback gives back from the payment it reverses, at most what is left of it, and takes back its share of
	 * that payment's base. {@code onInvoice} is everything recorded on the invoice so far.
	 */
	Receipt receive(PaymentKind kind, Money amount, UUID reversesPaymentId, List<Payment> onInvoice) {
		if (!amount.isPositive()) {
			throw new InvalidInputException("amount", "The amount must be more than zero.");
		}
		Money zero = Money.zero(currency);
		if (kind == PaymentKind.PAYMENT) {
			if (reversesPaymentId != null) {
				throw new InvalidInputException("reversesPaymentId", "Only a refund or a chargeback reverses a payment.");
			}
			Money uncovered = amount().minus(Money.sum(onInvoice.stream().map(Payment::commissionBase).toList(), currency));
			return new Receipt(uncovered.isPositive() ? amount.min(uncovered) : zero, null);
		}
		Payment original = onInvoice.stream().filter(p -> p.kind() == PaymentKind.PAYMENT && p.id().equals(reversesPaymentId))
				.findFirst().orElseThrow(() -> new InvalidInputException("reversesPaymentId",
						"Choose the payment on this invoice that is refunded or charged back."));
		List<Payment> earlier = onInvoice.stream().filter(p -> original.id().equals(p.reverses())).toList();
		Money left = original.amount().minus(Money.sum(earlier.stream().map(Payment::amount).toList(), currency));
		if (amount.compareTo(left) > 0) {
			throw new InvalidInputException("amount", "At most " + left + " of this payment is left to give back.");
		}
		Money baseLeft = original.commissionBase().plus(Money.sum(earlier.stream().map(Payment::commissionBase).toList(), currency));
		return new Receipt((baseLeft.isPositive() ? amount.min(baseLeft) : zero).negate(), original.id());
	}

	LocalDate periodStart() {
		return periodStart;
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
