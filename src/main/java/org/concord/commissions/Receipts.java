package org.concord.commissions;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.shared.Audited;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money received on invoices, and given back: each payment, refund or chargeback accrues (or takes back) commission
 * to every partner credited on the contract, at its rate under the terms the contract keeps, in the append-only
 * ledger. Recorded by hand, from a billing system's CSV export, or through the API, where the same payment posted
 * twice is recorded once.
 */
@Service
public class Receipts {

	/** What an import did: every payment recorded (or found already recorded), or none and why. */
	public record PaymentImport(int recorded, List<PaymentCsv.Problem> problems) {
	}

	private final PaymentRepository payments;
	private final InvoiceRepository invoices;
	private final ContractRepository contracts;
	private final LedgerRepository ledger;
	private final ProgramTerms terms;
	private final Statements statements;
	private final PartnerDirectory partners;
	private final CurrentActor actor;
	private final TransactionTemplate transactions;
	private final Validator validator;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Receipts(PaymentRepository payments, InvoiceRepository invoices, ContractRepository contracts, LedgerRepository ledger,
			ProgramTerms terms, Statements statements, PartnerDirectory partners, CurrentActor actor,
			TransactionTemplate transactions, Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.payments = payments;
		this.invoices = invoices;
		this.contracts = contracts;
		this.ledger = ledger;
		this.terms = terms;
		this.statements = statements;
		this.partners = partners;
		this.actor = actor;
		this.transactions = transactions;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records money received against an invoice, or given back, and accrues (or takes back) the commission on the
	 * part of the invoice's MRR it covers. The same idempotency key posted twice with the same payment records one
	 * payment: the second call answers with the first one; the key posted with a different payment is a conflict.
	 */
	@ManageChannel
	public PaymentView recordPayment(NewPayment request) {
		return recordPayment(request, null);
	}

	/** The same, from a contract's page: the invoice must be one of this contract's. */
	@ManageChannel
	public PaymentView recordPayment(NewPayment request, ContractId onContract) {
		String key = request.idempotencyKey() == null ? null : request.idempotencyKey().trim();
		if (key == null || key.isEmpty()) {
			throw new InvalidInputException("idempotencyKey", "Give the payment's reference in your billing system.");
		}
		try {
			return transactions.execute(tx -> payments.findByIdempotencyKey(key).map(earlier -> sameAs(earlier, request))
					.orElseGet(() -> record(request, key, onContract)));
		}
		catch (DataIntegrityViolationException sameKeyAtTheSameMoment) {
			return transactions.execute(tx -> sameAs(payments.findByIdempotencyKey(key).orElseThrow(() -> sameKeyAtTheSameMoment),
					request));
		}
	}

	/**
	 * Records the payments of a billing system's CSV export, all or none: a file with any bad row records nothing
	 * and names the row and column. Rows already recorded (the same reference) are recognised, not doubled, so the
	 * same file may be uploaded again.
	 */
	@ManageChannel
	public PaymentImport importPayments(InputStream file) {
		PaymentCsv.Parsed parsed = PaymentCsv.parse(file);
		List<PaymentCsv.Problem> problems = new ArrayList<>(parsed.problems());
		for (PaymentCsv.Row row : parsed.rows()) {
			validator.validate(row.payment()).forEach(v -> problems.add(new PaymentCsv.Problem(row.number(),
					column(v.getPropertyPath().toString()), v.getMessage())));
		}
		if (!problems.isEmpty()) {
			return new PaymentImport(0, problems);
		}
		PaymentCsv.Row[] failed = new PaymentCsv.Row[1];
		try {
			transactions.executeWithoutResult(tx -> parsed.rows().forEach(row -> {
				failed[0] = row;
				NewPayment p = row.payment();
				UUID reverses = row.reversesReference() == null ? null : payments.findByIdempotencyKey(row.reversesReference())
						.map(Payment::id).orElseThrow(() -> new InvalidInputException("reversesPaymentId",
								"No payment has the reference " + row.reversesReference() + "."));
				String key = p.idempotencyKey().trim();
				NewPayment payment = new NewPayment(p.invoiceId(), p.kind(), p.amount(), p.receivedOn(), key, reverses);
				payments.findByIdempotencyKey(key).ifPresentOrElse(earlier -> {
					if (!earlier.isSameAs(payment)) {
						throw new InvalidInputException("idempotencyKey", "The reference " + key
								+ " is already used for a different payment (" + earlier.describe() + ").");
					}
				}, () -> record(payment, key, null));
			}));
		}
		catch (InvalidInputException ex) {
			return new PaymentImport(0, List.of(new PaymentCsv.Problem(failed[0].number(), column(ex.field()), ex.getMessage())));
		}
		return new PaymentImport(parsed.rows().size(), List.of());
	}

	/** The payment already recorded under this key, when the request is that same payment again; a conflict if not. */
	private static PaymentView sameAs(Payment earlier, NewPayment request) {
		if (!earlier.isSameAs(request)) {
			throw new ConflictingRequestException("idempotencyKey", "The reference " + request.idempotencyKey().trim()
					+ " is already used for a different payment (" + earlier.describe() + "); give this payment its own reference.");
		}
		return earlier.toView();
	}

	private static String column(String property) {
		return switch (property) {
			case "invoiceId" -> "invoice_id";
			case "receivedOn" -> "received_on";
			case "idempotencyKey" -> "reference";
			case "reversesPaymentId" -> "reverses_reference";
			default -> property;
		};
	}

	private PaymentView record(NewPayment request, String key, ContractId onContract) {
		if (request.invoiceId() == null || request.kind() == null || request.amount() == null || request.receivedOn() == null) {
			throw new InvalidInputException(request.invoiceId() == null ? "invoiceId" : request.kind() == null ? "kind"
					: request.amount() == null ? "amount" : "receivedOn", "This field is required.");
		}
		Invoice invoice = invoices.findById(request.invoiceId())
				.orElseThrow(() -> new InvalidInputException("invoiceId", "There is no such invoice."));
		if (onContract != null && !invoice.contractId().equals(onContract.value())) {
			throw new InvalidInputException("invoiceId", "This invoice is not one of this contract's.");
		}
		// one payment of a contract at a time: each accrual starts where the last one ended
		Contract contract = contracts.lockById(invoice.contractId()).orElseThrow();
		if (request.receivedOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("receivedOn", "The money cannot be received in the future.");
		}
		statements.closedThrough().filter(closed -> !request.receivedOn().isAfter(closed.atEndOfMonth())).ifPresent(closed -> {
			throw new InvalidInputException("receivedOn", "The statements up to " + closed + " are issued, so nothing can be "
					+ "dated on or before " + closed.atEndOfMonth() + " any more. Date it when it is recorded (e.g. today): "
					+ "it then counts on the next statement.");
		});
		Money amount = Money.of(request.amount(), contract.currency());
		Invoice.Receipt receipt = invoice.receive(request.kind(), amount, request.reversesPaymentId(),
				payments.findByInvoiceIdOrderByRecordedAt(invoice.id()));
		Payment payment = payments.saveAndFlush(new Payment(invoice, request.kind(), amount, receipt.base(), request.receivedOn(),
				key, receipt.reverses(), actor.userId().value(), clock.instant()));
		accrue(payment, contract, receipt.base());
		events.publishEvent(new Audited("PAYMENT_RECORDED", key, request.kind() + " of " + amount + " on invoice "
				+ invoice.id() + ", received " + request.receivedOn()));
		return payment.toView();
	}

	private void accrue(Payment payment, Contract contract, Money base) {
		if (base.amount().signum() == 0) {
			return;
		}
		List<RateView> card = terms.card(contract.termsVersion());
		for (ContractPartner credit : contract.credited()) {
			PartnerSummary partner = partners.find(new PartnerId(credit.partnerId())).orElseThrow();
			// a co-sell split earns its share of the rate: the ledger stays rate x net payments for the partner's part
			BigDecimal rate = RateCard.rate(card, credit.kind(), partner).multiply(credit.share());
			Money before = Money.of(ledger.accruedBase(contract.contractId().value(), credit.partnerId(), credit.kind()),
					contract.currency());
			Money amount = Accrual.entry(rate, before, before.plus(base));
			ledger.save(new CommissionLedgerEntry(payment, contract, credit, rate, base, amount, clock.instant()));
		}
	}
}
