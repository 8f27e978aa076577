package org.concord.commissions;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.concord.partners.PartnerDirectory;
import org.concord.registrations.Assignment;
import org.concord.registrations.AttributionRole;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.registrations.RegistrationDetails;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.RegistrationStatus;
import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.concord.shared.Keyset.Column;
import org.concord.shared.Keyset.SortKey;
import org.concord.shared.KeysetPage;
import org.concord.shared.KeysetQuery;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscription contracts: a won opportunity becomes one, crediting its partners; its MRR changes and its
 * cancellation; its invoices (by hand or from a CSV file). A partner's people see the contracts that credit their
 * company, and their own credit only.
 */
@Service
public class Contracts {

	/** What an invoice import did: every invoice issued (or found already issued), or none and why. */
	public record InvoiceImport(int issued, List<PaymentCsv.Problem> problems) {
	}

	private static final SortKey NEWEST_FIRST = SortKey.descending(new Column("created_at", Instant.class),
			new Column("id", UUID.class));

	private final ContractRepository contracts;
	private final InvoiceRepository invoices;
	private final PaymentRepository payments;
	private final LedgerRepository ledger;
	private final ProgramTerms terms;
	private final PastDueInvoices pastDue;
	private final RegisteredOpportunities registrations;
	private final PartnerDirectory partners;
	private final CurrentActor actor;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final JdbcClient jdbc;

	Contracts(ContractRepository contracts, InvoiceRepository invoices, PaymentRepository payments, LedgerRepository ledger,
			ProgramTerms terms, PastDueInvoices pastDue, RegisteredOpportunities registrations, PartnerDirectory partners,
			CurrentActor actor, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.events = events;
		this.contracts = contracts;
		this.invoices = invoices;
		this.payments = payments;
		this.ledger = ledger;
		this.terms = terms;
		this.pastDue = pastDue;
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
	@ManageChannel
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
		int termsVersion = terms.versionInForceOn(LocalDate.ofInstant(won.summary().submittedAt(), ZoneOffset.UTC));
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
	@ManageChannel
	@Transactional
	public void changeMrr(ContractId id, LocalDate effectiveFrom, BigDecimal mrr) {
		Contract contract = visible(id);
		if (mrr == null) {
			throw new InvalidInputException("mrr", "Enter the new MRR.");
		}
		contract.changeMrr(effectiveFrom, Money.of(mrr, contract.currency()), clock.instant());
	}

	@ManageChannel
	@Transactional
	public void cancel(ContractId id, LocalDate effectiveFrom) {
		Contract contract = visible(id);
		contract.cancel(effectiveFrom, actor.userId().value(), clock.instant());
		contracts.save(contract);
		events.publishEvent(new Audited("CONTRACT_CANCELLED", id.toString(), "cancelled from " + effectiveFrom));
	}

	/** The month's invoice: the MRR in force when the period starts. One invoice per contract and month. */
	@ManageChannel
	@Transactional
	public UUID issueInvoice(ContractId id, YearMonth month) {
		Contract contract = visible(id);
		Invoice invoice = Invoice.forMonth(contract, month, clock.instant());
		if (invoices.existsByContractIdAndPeriodStart(id.value(), invoice.periodStart())) {
			throw new InvalidInputException("month", "This month is invoiced already.");
		}
		return invoices.save(invoice).id();
	}

	/**
	 * Issues the invoices of a CSV file ({@code contract_id, month} as YYYY-MM), all or none: a file with any bad row
	 * issues nothing and names the row and column. A month invoiced already is recognised, not doubled.
	 */
	@ManageChannel
	public InvoiceImport importInvoices(InputStream file) {
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
				if (!invoices.existsByContractIdAndPeriodStart(r.contractId(), invoice.periodStart())) {
					invoices.save(invoice);
				}
			}));
		}
		catch (InvalidInputException ex) {
			return new InvoiceImport(0, List.of(new PaymentCsv.Problem(row[0], ex.field(), ex.getMessage())));
		}
		return new InvoiceImport(parsed.rows().size(), List.of());
	}

	/**
	 * Contracts newest first in the caller's scope: all for vendor staff, those crediting it for a partner; read from
	 * the cursor when one is given, else from the page number.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<ContractView> list(String cursor, Integer page, Integer size) {
		var query = KeysetQuery.of("subscription_contract", "c", NEWEST_FIRST);
		actor.scope().company().ifPresent(partner -> query
				.where("c.id in (select p.contract_id from contract_partner p where p.partner_id = :partner)", "partner",
						partner.value())
				.countingRowsOf("select distinct p.contract_id from contract_partner p where p.partner_id = :partner"));
		LocalDate today = LocalDate.now(clock);
		return query.page(jdbc, cursor, page, size, ids -> contracts.findAllById(ids).stream()
				.collect(Collectors.toMap(c -> c.contractId().value(), c -> c)), c -> viewOf(c, today));
	}

	/** A contract with its terms, the rates applied, its invoices, payments and ledger: a partner's own part only. */
	@Transactional(readOnly = true)
	public ContractDetails get(ContractId id) {
		Contract contract = visible(id);
		List<RateView> card = terms.card(contract.termsVersion());
		PartnerId own = actor.scope().company().orElse(null);
		List<ContractDetails.AppliedRate> applied = contract.credited().stream()
				.filter(c -> own == null || own.value().equals(c.partnerId()))
				.map(c -> new ContractDetails.AppliedRate(c.partnerId(), c.kind(),
						RateCard.rate(card, c.kind(), partners.find(new PartnerId(c.partnerId())).orElseThrow()))).toList();
		List<InvoiceView> invoiceViews = new ArrayList<>();
		List<PaymentView> paymentViews = new ArrayList<>();
		for (Invoice invoice : invoices.findByContractIdOrderByPeriodStart(id.value())) {
			List<Payment> received = payments.findByInvoiceIdOrderByRecordedAt(invoice.id());
			invoiceViews.add(invoice.toView(invoice.paid(received)));
			received.forEach(p -> paymentViews.add(p.toView()));
		}
		List<LedgerLine> lines = ledger.linesOfContract(id.value()).stream().map(CommissionLedgerEntry::lineOf)
				.filter(l -> own == null || own.value().equals(l.partnerId())).toList();
		return new ContractDetails(viewOf(contract, LocalDate.now(clock)), terms.view(contract.termsVersion()), applied,
				invoiceViews, paymentViews, lines);
	}

	/** Invoices past due with money outstanding: all for vendor staff, those of its contracts for a partner. */
	@Transactional(readOnly = true)
	public List<InvoiceView> pastDueInvoices() {
		LocalDate today = LocalDate.now(clock);
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		return pastDue.flagged(partner).stream().map(i -> i.toView(i.paid(payments.findByInvoiceIdOrderByRecordedAt(i.id()))))
				.filter(i -> i.pastDue(today)).toList();
	}

	/** A contract as the caller may see it: a partner credited on it sees its own credit only. */
	private ContractView viewOf(Contract contract, LocalDate today) {
		ContractView view = contract.toView(today);
		return actor.scope().company().map(view::creditingOnly).orElse(view);
	}

	private Contract visible(ContractId id) {
		Contract contract = contracts.findById(id.value()).orElseThrow(() -> new NotFoundException("Contract"));
		actor.scope().company().filter(own -> !contract.credits(own)).ifPresent(other -> {
			throw new NotFoundException("Contract");
		});
		return contract;
	}
}
