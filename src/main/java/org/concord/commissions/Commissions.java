package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.registrations.Assignment;
import org.concord.registrations.AttributionRole;
import org.concord.registrations.RegistrationDetails;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.RegistrationStatus;
import org.concord.registrations.Registrations;
import org.concord.registrations.Stage;
import org.concord.shared.Audited;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.Paging;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money in and commission out. A won opportunity becomes a contract; invoices and the payments received against
 * them are recorded; each payment accrues commission to every partner credited on the contract, at the rate of
 * the program terms the contract keeps, in the append-only ledger; statements read the ledger. A partner's people
 * see the contracts that credit their company and their own commission only.
 */
@Service
public class Commissions {

	private final ContractRepository contracts;
	private final InvoiceRepository invoices;
	private final PaymentRepository payments;
	private final LedgerRepository ledger;
	private final ProgramTermsRepository terms;
	private final PayoutRepository payouts;
	private final ProgramCostRepository costs;
	private final CommissionRateRepository rates;
	private final Registrations registrations;
	private final PartnerDirectory partners;
	private final CurrentActor actor;
	private final TransactionTemplate transactions;
	private final PastDueInvoices pastDue;
	private final IssuedStatementMonthRepository issuedMonths;
	private final org.concord.identity.Safeguards safeguards;
	private final jakarta.validation.Validator validator;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final Clock clock;

	Commissions(ContractRepository contracts, InvoiceRepository invoices, PaymentRepository payments, LedgerRepository ledger,
			ProgramTermsRepository terms, PayoutRepository payouts, ProgramCostRepository costs, CommissionRateRepository rates, Registrations registrations,
			PartnerDirectory partners, CurrentActor actor, TransactionTemplate transactions, PastDueInvoices pastDue,
			org.springframework.context.ApplicationEventPublisher events, jakarta.validation.Validator validator,
			IssuedStatementMonthRepository issuedMonths, org.concord.identity.Safeguards safeguards, Clock clock) {
		this.issuedMonths = issuedMonths;
		this.safeguards = safeguards;
		this.pastDue = pastDue;
		this.validator = validator;
		this.events = events;
		this.contracts = contracts;
		this.invoices = invoices;
		this.payments = payments;
		this.ledger = ledger;
		this.terms = terms;
		this.payouts = payouts;
		this.costs = costs;
		this.rates = rates;
		this.registrations = registrations;
		this.partners = partners;
		this.actor = actor;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A won opportunity becomes a contract at its estimated MRR, crediting its partners: the sourced partner earns
	 * registration commission when it works the opportunity and referral commission when the vendor does; an
	 * influencing or co-selling partner earns the influence bonus. It keeps the terms in force when it was registered.
	 */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public ContractId open(OpenContract request) {
		RegistrationDetails won;
		try {
			won = registrations.get(new RegistrationId(request.registrationId()));
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("registrationId", "There is no such opportunity.");
		}
		if (won.summary().status() != RegistrationStatus.WON) {
			throw new InvalidInputException("registrationId", "Only a won opportunity becomes a contract.");
		}
		if (contracts.existsByRegistrationId(request.registrationId())) {
			throw new InvalidInputException("registrationId", "This opportunity has its contract already.");
		}
		List<ContractPartner> credited = won.partners().stream().map(a -> new ContractPartner(a.partnerId(), a.repId(),
				a.role().name(), kindOf(a.role(), won.assignment(), a.partnerId().equals(won.partnerProvidingId())),
				a.share())).toList();
		LocalDate registeredOn = LocalDate.ofInstant(won.summary().submittedAt(), ZoneOffset.UTC);
		int termsVersion = terms.findFirstByEffectiveFromLessThanEqualOrderByVersionDesc(registeredOn)
				.orElseThrow(() -> new IllegalStateException("No program terms in force on " + registeredOn)).version();
		Contract contract = new Contract(request.registrationId(), won.summary().companyName(), won.summary().product(),
				won.summary().estimatedMrr(), request.startDate(), request.termMonths(), request.billingEvery(), termsVersion, credited,
				clock.instant());
		return contracts.save(contract).contractId();
	}

	/**
	 * The partner that provided the prospect earns registration commission (or referral, when the vendor works it), at
	 * its share: all of it, or its split of a co-sell the channel team settled a conflict with. A partner the vendor
	 * invited onto the deal, one working a vendor lead, or one a direct deal won over, earns the influence bonus.
	 */
	static CommissionKind kindOf(AttributionRole role, Assignment assignment, boolean providedTheProspect) {
		boolean sourced = role == AttributionRole.SOURCED || (providedTheProspect && role == AttributionRole.CO_SELL);
		if (!sourced) {
			return CommissionKind.INFLUENCE;
		}
		return assignment == Assignment.PARTNER_WORKING ? CommissionKind.REGISTRATION : CommissionKind.REFERRAL;
	}

	/** An upgrade or a downgrade from a date: invoices for periods from then on carry the new MRR. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void changeMrr(ContractId id, LocalDate effectiveFrom, BigDecimal mrr) {
		Contract contract = visible(id);
		if (mrr == null) {
			throw new InvalidInputException("mrr", "Enter the new MRR.");
		}
		contract.changeMrr(effectiveFrom, Money.of(mrr, contract.currency()), clock.instant());
	}

	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void cancel(ContractId id, LocalDate effectiveFrom) {
		visible(id).cancel(effectiveFrom);
	}

	/** The month's invoice: the MRR in force when the period starts. One invoice per contract and month. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public UUID issueInvoice(ContractId id, YearMonth month) {
		Contract contract = visible(id);
		Invoice invoice = Invoice.forMonth(contract, month, clock.instant());
		if (invoices.existsByContractIdAndPeriodStart(id.value(), invoice.toView(Money.zero(contract.currency())).periodStart())) {
			throw new InvalidInputException("month", "This month is invoiced already.");
		}
		return invoices.save(invoice).id();
	}

	/**
	 * Records money received against an invoice, or given back, and accrues (or takes back) the commission on the
	 * part of the invoice's MRR it covers. The same idempotency key posted twice with the same payment records one
	 * payment: the second call answers with the first one; the key posted with a different payment is a conflict.
	 */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	public PaymentView recordPayment(NewPayment request) {
		return recordPayment(request, null);
	}

	/** The same, from a contract's page: the invoice must be one of this contract's. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
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

	/** The payment already recorded under this key, when the request is that same payment again; a conflict if not. */
	private static PaymentView sameAs(Payment earlier, NewPayment request) {
		if (!earlier.isSameAs(request)) {
			throw new ConflictingRequestException("idempotencyKey", "The reference " + request.idempotencyKey().trim()
					+ " is already used for a different payment (" + earlier.describe() + "); give this payment its own reference.");
		}
		return earlier.toView();
	}

	/** What an invoice import did: every invoice issued (or found already issued), or none and why. */
	public record InvoiceImport(int issued, List<PaymentCsv.Problem> problems) {
	}

	/**
	 * Issues the invoices of a CSV file ({@code contract_id, month} as YYYY-MM), all or none: a file with any bad row
	 * issues nothing and names the row and column. A month invoiced already is recognised, not doubled.
	 */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	public InvoiceImport importInvoices(java.io.InputStream file) {
		PaymentCsv.InvoiceRows parsed = PaymentCsv.parseInvoices(file);
		if (!parsed.problems().isEmpty()) {
			return new InvoiceImport(0, parsed.problems());
		}
		int[] row = new int[1];
		try {
			transactions.executeWithoutResult(tx -> parsed.rows().forEach(r -> {
				row[0] = r.number();
				Contract contract = contracts.findById(r.contractId())
						.orElseThrow(() -> new InvalidInputException("contract_id", "There is no such contract."));
				Invoice invoice = Invoice.forMonth(contract, r.month(), clock.instant());
				if (!invoices.existsByContractIdAndPeriodStart(r.contractId(), invoice.toView(Money.zero(contract.currency())).periodStart())) {
					invoices.save(invoice);
				}
			}));
		}
		catch (InvalidInputException ex) {
			return new InvoiceImport(0, List.of(new PaymentCsv.Problem(row[0], ex.field().equals("month") ? "month" : ex.field(),
					ex.getMessage())));
		}
		return new InvoiceImport(parsed.rows().size(), List.of());
	}

	/** What an import did: every payment recorded (or found already recorded), or none and why. */
	public record PaymentImport(int recorded, List<PaymentCsv.Problem> problems) {
	}

	/**
	 * Records the payments of a billing system's CSV export, all or none: a file with any bad row records nothing
	 * and names the row and column. Rows already recorded (the same reference) are recognised, not doubled, so the
	 * same file may be uploaded again.
	 */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	public PaymentImport importPayments(java.io.InputStream file) {
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
		closedThrough().filter(closed -> !request.receivedOn().isAfter(closed.atEndOfMonth())).ifPresent(closed -> {
			throw new InvalidInputException("receivedOn", "The statements up to " + closed + " are issued, so nothing can be "
					+ "dated on or before " + closed.atEndOfMonth() + " any more. Date it when it is recorded (e.g. today): "
					+ "it then counts on the next statement.");
		});
		Money amount = Money.of(request.amount(), contract.currency());
		if (!amount.isPositive()) {
			throw new InvalidInputException("amount", "The amount must be more than zero.");
		}
		List<Payment> onInvoice = payments.findByInvoiceIdOrderByRecordedAt(invoice.id());
		Money base;
		UUID reverses = null;
		if (request.kind() == PaymentKind.PAYMENT) {
			if (request.reversesPaymentId() != null) {
				throw new InvalidInputException("reversesPaymentId", "Only a refund or a chargeback reverses a payment.");
			}
			Money uncovered = invoice.amount().minus(sum(onInvoice.stream().map(Payment::commissionBase).toList(), contract));
			base = uncovered.isPositive() ? amount.min(uncovered) : Money.zero(contract.currency());
		}
		else {
			Payment original = onInvoice.stream().filter(p -> p.kind() == PaymentKind.PAYMENT && p.id().equals(request.reversesPaymentId()))
					.findFirst().orElseThrow(() -> new InvalidInputException("reversesPaymentId",
							"Choose the payment on this invoice that is refunded or charged back."));
			List<Payment> earlier = onInvoice.stream().filter(p -> original.id().equals(p.reverses())).toList();
			Money left = original.amount().minus(sum(earlier.stream().map(Payment::amount).toList(), contract));
			if (amount.compareTo(left) > 0) {
				throw new InvalidInputException("amount", "At most " + left + " of this payment is left to give back.");
			}
			Money baseLeft = original.commissionBase().plus(sum(earlier.stream().map(Payment::commissionBase).toList(), contract));
			base = (baseLeft.isPositive() ? amount.min(baseLeft) : Money.zero(contract.currency())).negate();
			reverses = original.id();
		}
		Payment payment = payments.saveAndFlush(new Payment(invoice, request.kind(), amount, base, request.receivedOn(), key,
				reverses, actor.userId().value(), clock.instant()));
		accrue(payment, contract, base);
		events.publishEvent(new Audited("PAYMENT_RECORDED", key, request.kind() + " of " + amount + " on invoice "
				+ invoice.id() + ", received " + request.receivedOn()));
		return payment.toView();
	}

	private void accrue(Payment payment, Contract contract, Money base) {
		if (base.amount().signum() == 0) {
			return;
		}
		List<RateView> card = rates.findByTermsVersion(contract.termsVersion()).stream().map(CommissionRate::toView).toList();
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

	@Transactional(readOnly = true)
	public PageView<ContractView> contracts(Integer page, Integer size) {
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		LocalDate today = LocalDate.now(clock);
		return PageView.of(contracts.visibleTo(partner, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))),
				c -> viewOf(c, today));
	}

	@Transactional(readOnly = true)
	public ContractDetails contract(ContractId id) {
		Contract contract = visible(id);
		List<RateView> card = rates.findByTermsVersion(contract.termsVersion()).stream().map(CommissionRate::toView).toList();
		PartnerId own = actor.scope().company().orElse(null);
		List<ContractDetails.AppliedRate> applied = contract.credited().stream()
				.filter(c -> own == null || own.value().equals(c.partnerId()))
				.map(c -> new ContractDetails.AppliedRate(c.partnerId(), c.kind(),
						RateCard.rate(card, c.kind(), partners.find(new PartnerId(c.partnerId())).orElseThrow()))).toList();
		List<InvoiceView> invoiceViews = new ArrayList<>();
		List<PaymentView> paymentViews = new ArrayList<>();
		for (Invoice invoice : invoices.findByContractIdOrderByPeriodStart(id.value())) {
			List<Payment> received = payments.findByInvoiceIdOrderByRecordedAt(invoice.id());
			invoiceViews.add(invoice.toView(sum(received.stream().map(Payment::signedAmount).toList(), contract)));
			received.forEach(p -> paymentViews.add(p.toView()));
		}
		List<LedgerLine> lines = ledger.linesOfContract(id.value()).stream().map(Commissions::line)
				.filter(l -> own == null || own.value().equals(l.partnerId())).toList();
		return new ContractDetails(viewOf(contract, LocalDate.now(clock)),
				terms.findById(contract.termsVersion()).orElseThrow().toView(), applied, invoiceViews, paymentViews, lines);
	}

	/** A partner's statements for a month, one per currency it earned or holds a balance in. */
	@Transactional(readOnly = true)
	public List<Statement> statements(PartnerId partner, YearMonth month) {
		actor.scope().requireVisible(partner, "Partner");
		String name = partners.find(partner).map(PartnerSummary::name).orElseThrow(() -> new NotFoundException("Partner"));
		Map<String, Money> opening = new TreeMap<>();
		ledger.balancesBefore(partner.value(), month.atDay(1))
				.forEach(row -> opening.put((String) row[0], Money.of((BigDecimal) row[1], (String) row[0])));
		payouts.paidTo(partner.value(), LocalDate.EPOCH, month.atDay(1)).forEach(row -> opening.merge((String) row[0],
				Money.of((BigDecimal) row[1], (String) row[0]).negate(), Money::plus));
		Map<String, Money> paidIn = new TreeMap<>();
		payouts.paidTo(partner.value(), month.atDay(1), month.plusMonths(1).atDay(1))
				.forEach(row -> paidIn.put((String) row[0], Money.of((BigDecimal) row[1], (String) row[0])));
		paidIn.keySet().forEach(c -> opening.putIfAbsent(c, Money.zero(c)));
		List<LedgerLine> lines = ledger.linesOf(partner.value(), month.atDay(1), month.plusMonths(1).atDay(1)).stream()
				.map(Commissions::line).toList();
		lines.forEach(l -> opening.putIfAbsent(l.amount().currency().getCurrencyCode(), Money.zero(l.amount().currency().getCurrencyCode())));
		List<Statement> statements = new ArrayList<>();
		opening.forEach((currency, carriedIn) -> {
			List<LedgerLine> of = lines.stream().filter(l -> l.amount().currency().getCurrencyCode().equals(currency)).toList();
			Money zero = Money.zero(currency);
			Money earned = of.stream().filter(l -> l.paymentKind() == PaymentKind.PAYMENT).map(LedgerLine::amount).reduce(zero, Money::plus);
			Money reversed = of.stream().filter(l -> l.paymentKind() != PaymentKind.PAYMENT).map(LedgerLine::amount).reduce(zero, Money::plus);
			Money paid = paidIn.getOrDefault(currency, zero);
			statements.add(new Statement(partner, name, month, currency, carriedIn, earned, reversed, paid,
					carriedIn.plus(earned).plus(reversed).minus(paid), of));
		});
		return statements;
	}

	/**
	 * Issues every partner's statements of a month that has ended: they are final from then on, so no payment may
	 * be dated into that month, or any before it, any more.
	 */
	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public void issueStatements(YearMonth month) {
		if (month == null || !month.isBefore(YearMonth.now(clock))) {
			throw new InvalidInputException("month", "Issue the statements of a month that has ended.");
		}
		closedThrough().filter(closed -> !month.isAfter(closed)).ifPresent(closed -> {
			throw new InvalidInputException("month", "The statements up to " + closed + " are issued already.");
		});
		issuedMonths.save(new IssuedStatementMonth(month, actor.userId().value(), clock.instant()));
		events.publishEvent(new Audited("STATEMENTS_ISSUED", month.toString(), "statements up to " + month + " are final"));
	}

	/** The last month whose statements are issued: it and every month before it are closed to new bookings. */
	@Transactional(readOnly = true)
	public java.util.Optional<YearMonth> closedThrough() {
		return issuedMonths.findFirstByOrderByStatementMonthDesc().map(IssuedStatementMonth::month);
	}

	/**
	 * Prepares a payout of every unpaid ledger line booked up to a day, for each partner owed something; another
	 * vendor admin then approves the lines to pay (four eyes, unless the vendor turned that off), and it is marked
	 * paid.
	 */
	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	public UUID preparePayout(LocalDate upTo) {
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
	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public void approvePayout(UUID batch, java.util.Set<UUID> linesToPay) {
		PayoutBatch found = payout(batch);
		found.approve(linesToPay, actor.userId().value(), safeguards.current().payoutFourEyes(), clock.instant(),
				partnerNames(found));
		events.publishEvent(new Audited("PAYOUT_APPROVED", batch.toString(), found.lines().size() + " line(s) approved to pay: "
				+ found.toView(partnerNames(found)).partners().stream().map(p -> p.partnerName() + " " + p.amount()).toList()));
	}

	/** The approved payout was paid: its reference and day; its lines are frozen from now on. */
	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public void markPayoutPaid(UUID batch, String reference, LocalDate paidOn) {
		payout(batch).markPaid(reference, paidOn, LocalDate.now(clock));
		events.publishEvent(new Audited("PAYOUT_PAID", batch.toString(), "paid on " + paidOn + ", reference " + reference));
	}

	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional(readOnly = true)
	public List<PayoutView> payouts() {
		return payouts.findTop50ByOrderByPreparedAtDesc().stream().map(b -> b.toView(partnerNames(b))).toList();
	}

	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional(readOnly = true)
	public PayoutView payoutView(UUID batch) {
		PayoutBatch found = payout(batch);
		return found.toView(partnerNames(found));
	}

	/**
	 * What a partner earned in all, what was paid out, and what is pending payout, per currency: for the
	 * Overview and the commission page.
	 */
	@Transactional(readOnly = true)
	public List<CommissionSummary> summary(PartnerId partner) {
		actor.scope().requireVisible(partner, "Partner");
		Map<String, Money> earned = new TreeMap<>();
		ledger.balancesBefore(partner.value(), LocalDate.of(9999, 1, 1))
				.forEach(row -> earned.put((String) row[0], Money.of((BigDecimal) row[1], (String) row[0])));
		Map<String, Money> paid = new TreeMap<>();
		payouts.paidTo(partner.value(), LocalDate.EPOCH, LocalDate.of(9999, 1, 1))
				.forEach(row -> paid.put((String) row[0], Money.of((BigDecimal) row[1], (String) row[0])));
		return earned.entrySet().stream().map(e -> {
			Money out = paid.getOrDefault(e.getKey(), Money.zero(e.getKey()));
			return new CommissionSummary(e.getKey(), e.getValue(), out, e.getValue().minus(out));
		}).toList();
	}

	/** Per partner and currency: earned, paid out and pending; the vendor's view of what it owes. */
	@PreAuthorize("hasRole('VENDOR_STAFF')")
	@Transactional(readOnly = true)
	public List<PartnerTotals> partnerTotals() {
		Map<String, Money> paid = new java.util.HashMap<>();
		payouts.paidPerPartner().forEach(row -> paid.put(row[0] + "/" + row[1], Money.of((BigDecimal) row[2], (String) row[1])));
		List<Object[]> earnedRows = ledger.earnedPerPartner();
		Map<UUID, String> names = partners.namesOf(earnedRows.stream().map(row -> (UUID) row[0]).toList());
		return earnedRows.stream().map(row -> {
			UUID partner = (UUID) row[0];
			String currency = (String) row[1];
			Money earned = Money.of((BigDecimal) row[2], currency);
			Money out = paid.getOrDefault(partner + "/" + currency, Money.zero(currency));
			return new PartnerTotals(partner, names.getOrDefault(partner, "?"), currency, earned, out, earned.minus(out));
		}).sorted(java.util.Comparator.comparing(PartnerTotals::partnerName)).toList();
	}

	/** The commission one stage of the open pipeline would earn a month, in one currency. */
	public record StageCommission(Stage stage, Money mrr, Money expected) {
	}

	/**
	 * The commission the actor's open pipeline (approved and active, not yet won) would earn a month, per stage: its
	 * MRR at the partner's registration commission rate under the terms in force today (vendor staff: at the
	 * program rate).
	 */
	@Transactional(readOnly = true)
	public List<StageCommission> expectedByStage() {
		BigDecimal rate = registrationRateToday();
		return registrations.openPipeline().stream()
				.map(stage -> new StageCommission(stage.stage(), stage.mrr(), stage.mrr().times(rate))).toList();
	}

	/** {@link #expectedByStage()} summed per currency: the stages add up to it to the cent. */
	@Transactional(readOnly = true)
	public List<Money> expectedOnPipeline() {
		return totalOf(expectedByStage());
	}

	/** Stages' expected commission summed per currency. */
	public static List<Money> totalOf(List<StageCommission> stages) {
		Map<String, Money> total = new TreeMap<>();
		stages.forEach(stage -> total.merge(stage.expected().currency().getCurrencyCode(), stage.expected(), Money::plus));
		return List.copyOf(total.values());
	}

	private BigDecimal registrationRateToday() {
		int version = terms.findFirstByEffectiveFromLessThanEqualOrderByVersionDesc(LocalDate.now(clock)).orElseThrow().version();
		List<RateView> card = ratesOf(version);
		return actor.scope().company().flatMap(partners::find)
				.map(p -> RateCard.rate(card, CommissionKind.REGISTRATION, p))
				.orElseGet(() -> card.stream().filter(r -> r.kind() == CommissionKind.REGISTRATION && r.scope() == RateScope.PROGRAM)
						.map(RateView::rate).findFirst().orElse(BigDecimal.ZERO));
	}

	/** Invoices past due with money outstanding: all for vendor staff, those of its contracts for a partner. */
	@Transactional(readOnly = true)
	public List<InvoiceView> pastDueInvoices() {
		LocalDate today = LocalDate.now(clock);
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		return pastDue.flagged(partner).stream().map(i -> i.toView(sum(payments.findByInvoiceIdOrderByRecordedAt(i.id()).stream()
				.map(Payment::signedAmount).toList(), i.amount().currency().getCurrencyCode()))).filter(i -> i.pastDue(today)).toList();
	}

	/**
	 * Every partner's statement figures for a month (opening, earned, reversed, paid, closing), one row per partner
	 * and currency: the month-end run, three grouped reads whatever the number of partners.
	 */
	@PreAuthorize("hasRole('VENDOR_STAFF')")
	@Transactional(readOnly = true)
	public List<StatementTotals> monthlyStatements(YearMonth month) {
		LocalDate from = month.atDay(1);
		LocalDate until = month.plusMonths(1).atDay(1);
		Map<String, Object[]> paid = new java.util.HashMap<>();
		payouts.paidFigures(from, until).forEach(row -> paid.put(row[0] + "/" + row[1], row));
		Map<String, Object[]> moved = new java.util.HashMap<>();
		ledger.movementsOfAll(from, until).forEach(row -> moved.put(row[0] + "/" + row[1], row));
		Map<String, Object[]> opened = new java.util.HashMap<>();
		ledger.balancesOfAllBefore(from).forEach(row -> opened.put(row[0] + "/" + row[1], row));
		java.util.Set<String> keys = new java.util.HashSet<>(opened.keySet());
		keys.addAll(moved.keySet());
		List<StatementTotals> totals = new ArrayList<>(keys.size());
		for (String key : keys) {
			Object[] any = opened.containsKey(key) ? opened.get(key) : moved.get(key);
			String currency = (String) any[1];
			Money zero = Money.zero(currency);
			Object[] out = paid.get(key);
			Money paidBefore = out == null ? zero : Money.of((BigDecimal) out[2], currency);
			Money paidIn = out == null ? zero : Money.of((BigDecimal) out[3], currency);
			Money opening = (opened.containsKey(key) ? Money.of((BigDecimal) opened.get(key)[2], currency) : zero).minus(paidBefore);
			Money earned = moved.containsKey(key) ? Money.of((BigDecimal) moved.get(key)[2], currency) : zero;
			Money reversed = moved.containsKey(key) ? Money.of((BigDecimal) moved.get(key)[3], currency) : zero;
			totals.add(new StatementTotals((UUID) any[0], currency, opening, earned, reversed, paidIn,
					opening.plus(earned).plus(reversed).minus(paidIn)));
		}
		return totals;
	}

	/** A cost of the program (platform, people, marketing), for its ROI. */
	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public void addProgramCost(LocalDate incurredOn, CostCategory category, BigDecimal amount, String currency, String note) {
		if (incurredOn == null) {
			throw new InvalidInputException("incurredOn", "Enter the day the cost was incurred.");
		}
		if (category == null) {
			throw new InvalidInputException("category", "Choose what the cost was for.");
		}
		if (amount == null || amount.signum() <= 0) {
			throw new InvalidInputException("amount", "Enter an amount more than zero.");
		}
		if (currency == null || !registrations.currencies().contains(currency)) {
			throw new InvalidInputException("currency", "Choose one of " + String.join(", ", registrations.currencies()) + ".");
		}
		costs.save(new ProgramCost(incurredOn, category, Money.of(amount, currency), note == null ? null : note.trim(),
				actor.userId().value(), clock.instant()));
		events.publishEvent(new Audited("PROGRAM_COST_ADDED", category.name(), Money.of(amount, currency) + " on " + incurredOn));
	}

	/** Partner-attributed revenue and program ROI over a period, in a currency (seed 004). */
	@PreAuthorize("hasRole('VENDOR_STAFF')")
	@Transactional(readOnly = true)
	public ProgramRoi roi(LocalDate from, LocalDate to, String currency, BigDecimal influenceWeight) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new InvalidInputException("to", "Choose a period whose end is not before its start.");
		}
		BigDecimal weight = influenceWeight == null ? ProgramRoi.DEFAULT_INFLUENCE_WEIGHT : influenceWeight;
		if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidInputException("influenceWeight", "The influence weight lies between 0 and 1 (e.g. 0.30).");
		}
		String c = currency == null ? "CAD" : currency;
		return ProgramRoi.of(from, to, Money.of(costs.sourcedRevenue(c, from, to), c), Money.of(costs.influencedRevenue(c, from, to), c),
				weight, Money.of(costs.total(c, from, to), c), Money.of(costs.commissions(c, from, to), c));
	}

	private PayoutBatch payout(UUID batch) {
		return payouts.findById(batch).orElseThrow(() -> new NotFoundException("Payout"));
	}

	private Map<UUID, String> partnerNames(PayoutBatch batch) {
		return partners.namesOf(batch.lines().stream().map(PayoutLine::partnerId).toList());
	}

	@Transactional(readOnly = true)
	public byte[] statementsPdf(PartnerId partner, YearMonth month) {
		List<Statement> statements = statements(partner, month);
		String name = partners.find(partner).map(PartnerSummary::name).orElse("");
		return StatementPdf.of(statements, name, month);
	}

	@Transactional(readOnly = true)
	public String statementsCsv(PartnerId partner, YearMonth month) {
		return StatementCsv.of(statements(partner, month));
	}

	@Transactional(readOnly = true)
	public List<TermsView> allTerms() {
		return terms.findAll(Sort.by("version")).stream().map(ProgramTerms::toView).toList();
	}

	/** A terms version's rates: all of them for vendor staff; for a partner, only the ones that apply to it. */
	@Transactional(readOnly = true)
	public List<RateView> ratesOf(int termsVersion) {
		List<RateView> all = rates.findByTermsVersion(termsVersion).stream().map(CommissionRate::toView).toList();
		return actor.scope().company().flatMap(partners::find)
				.map(partner -> all.stream().filter(rate -> RateCard.applies(rate, partner)).toList()).orElse(all);
	}

	/** A contract as the caller may see it: a partner credited on it sees its own credit only. */
	private ContractView viewOf(Contract contract, LocalDate today) {
		ContractView view = contract.toView(today);
		return actor.scope().company().map(view::creditingOnly).orElse(view);
	}

	/**
	 * New program terms with their rates, in force from a date at least {@link #NOTICE_DAYS} days ahead: the
	 * vendor may change the program, but gives notice, and what was registered before keeps the old terms.
	 */
	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public TermsView announceTerms(LocalDate effectiveFrom, String summary, List<RateView> newRates) {
		LocalDate today = LocalDate.now(clock);
		if (effectiveFrom == null || effectiveFrom.isBefore(today.plusDays(NOTICE_DAYS))) {
			throw new InvalidInputException("effectiveFrom", "New terms take effect at least " + NOTICE_DAYS
					+ " days after they are announced, on " + today.plusDays(NOTICE_DAYS) + " or later.");
		}
		if (summary == null || summary.isBlank()) {
			throw new InvalidInputException("summary", "Say what changes, for the partners' notice.");
		}
		if (newRates == null || newRates.isEmpty() || newRates.stream().anyMatch(r -> r.kind() == null || r.scope() == null
				|| r.rate() == null || r.rate().signum() < 0 || r.rate().compareTo(BigDecimal.ONE) > 0)) {
			throw new InvalidInputException("rates", "Give each rate a kind, a scope and a rate between 0 and 1 (0.05 is 5%).");
		}
		newRates.forEach(this::requireKnownScope);
		int version = terms.findFirstByOrderByVersionDesc().map(ProgramTerms::version).orElse(0) + 1;
		ProgramTerms announced = terms.save(new ProgramTerms(version, effectiveFrom, today, summary.trim()));
		newRates.forEach(r -> rates.save(new CommissionRate(version, r)));
		events.publishEvent(new ProgramTermsAnnounced(version, effectiveFrom, summary.trim()));
		events.publishEvent(new Audited("PROGRAM_TERMS_ANNOUNCED", "terms version " + version, "in force from " + effectiveFrom
				+ "; rates " + newRates.stream().map(r -> r.kind() + "/" + r.scope() + (r.scope() == RateScope.PROGRAM ? "" : ":"
						+ r.scopeValue()) + "=" + r.rate().toPlainString()).toList()));
		return announced.toView();
	}

	/** A rate for a partner type, tier or partner names one that exists: a misspelt one would apply to no one. */
	private void requireKnownScope(RateView rate) {
		String value = rate.scopeValue() == null ? "" : rate.scopeValue();
		boolean known = switch (rate.scope()) {
			case PROGRAM -> true;
			case PARTNER_TYPE -> java.util.Arrays.stream(org.concord.partners.PartnerType.values()).anyMatch(t -> t.name().equals(value));
			case TIER -> java.util.Arrays.stream(org.concord.partners.PartnerTier.values()).anyMatch(t -> t.name().equals(value));
			case PARTNER -> parseUuid(value).map(PartnerId::new).flatMap(partners::find).isPresent();
		};
		if (!known) {
			throw new InvalidInputException("rates", "No " + rate.scope().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
					+ " \"" + value + "\": use one of the codes the page lists.");
		}
	}

	private static java.util.Optional<UUID> parseUuid(String value) {
		try {
			return java.util.Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	/** Days of notice new program terms give partners before they take effect. */
	public static final int NOTICE_DAYS = 30;

	private Contract visible(ContractId id) {
		Contract contract = contracts.findById(id.value()).orElseThrow(() -> new NotFoundException("Contract"));
		actor.scope().company().filter(own -> !contract.credits(own)).ifPresent(other -> {
			throw new NotFoundException("Contract");
		});
		return contract;
	}

	private static Money sum(List<Money> amounts, Contract contract) {
		return sum(amounts, contract.currency());
	}

	private static Money sum(List<Money> amounts, String currency) {
		return amounts.stream().reduce(Money.zero(currency), Money::plus);
	}

	private static LedgerLine line(Object[] row) {
		return ((CommissionLedgerEntry) row[0]).toLine((String) row[2], (PaymentKind) row[1]);
	}
}
