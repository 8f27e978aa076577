package org.concord.commissions.api;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.concord.commissions.CommissionSummary;
import org.concord.commissions.ContractDetails;
import org.concord.commissions.ContractId;
import org.concord.commissions.ContractView;
import org.concord.commissions.Contracts;
import org.concord.commissions.ForecastMonth;
import org.concord.commissions.CostCategory;
import org.concord.commissions.NewPayment;
import org.concord.commissions.OpenContract;
import org.concord.commissions.PartnerTotals;
import org.concord.commissions.PaymentView;
import org.concord.commissions.PayoutView;
import org.concord.commissions.Payouts;
import org.concord.commissions.ProgramCosts;
import org.concord.commissions.ProgramRoi;
import org.concord.commissions.ProgramTerms;
import org.concord.commissions.RateView;
import org.concord.commissions.Receipts;
import org.concord.commissions.Statement;
import org.concord.commissions.Statements;
import org.concord.commissions.TermsView;
import org.concord.shared.KeysetPage;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.CsvBody;
import org.concord.shared.web.Downloads;
import org.concord.shared.web.Imports;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.KeysetDocs;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Commissions", description = "Contracts, invoices, payments received, the commission ledger and statements")
@InRoom(PortalRoom.COMMISSIONS)
class CommissionApi {

	record MrrChangeRequest(@NotNull LocalDate effectiveFrom, @NotNull BigDecimal mrr) {
	}

	record Cancellation(@NotNull LocalDate effectiveFrom) {
	}

	record InvoiceRequest(@NotNull YearMonth month) {
	}

	record InvoiceIssued(UUID invoiceId) {
	}

	record TermsAnnouncement(@NotNull LocalDate effectiveFrom, String summary, List<RateView> rates) {
	}

	record PayoutRequest(@NotNull LocalDate upTo) {
	}

	/** The ledger lines (entry ids) to pay. */
	record PayoutApproval(@NotNull Set<UUID> lines) {
	}

	record PayoutPayment(String reference, @NotNull LocalDate paidOn) {
	}

	private final Contracts contracts;
	private final Receipts receipts;
	private final Statements statements;
	private final Payouts payouts;
	private final ProgramTerms programTerms;
	private final ProgramCosts programCosts;

	CommissionApi(Contracts contracts, Receipts receipts, Statements statements, Payouts payouts, ProgramTerms programTerms, ProgramCosts programCosts) {
		this.contracts = contracts;
		this.receipts = receipts;
		this.statements = statements;
		this.payouts = payouts;
		this.programTerms = programTerms;
		this.programCosts = programCosts;
	}

	@Operation(summary = "The Deals room's forecast: the caller's open deals (every partner's for vendor staff) by month of "
			+ "expected close and currency, with their MRR and the registration commission they would earn a month at the "
			+ "caller's rate; months gone by are overdue")
	@InRoom(PortalRoom.DEALS)
	@GetMapping("/deals/forecast")
	List<ForecastMonth> forecast() {
		return statements.forecast();
	}

	@Operation(summary = "Contracts in the caller's scope, newest first: all for vendor staff, those crediting the partner for a partner",
			description = KeysetDocs.LIST)
	@GetMapping("/contracts")
	KeysetPage<ContractView> contracts(@Parameter(description = KeysetDocs.CURSOR) @RequestParam(required = false) String cursor,
			@Parameter(description = KeysetDocs.PAGE) @RequestParam(required = false) Integer page,
			@Parameter(description = KeysetDocs.SIZE) @RequestParam(required = false) Integer size) {
		return contracts.list(cursor, page, size);
	}

	@Operation(summary = "Turn a won opportunity into a subscription contract (vendor admin or channel manager)")
	@PostMapping("/contracts")
	@ResponseStatus(HttpStatus.CREATED)
	ContractDetails open(@Valid @RequestBody OpenContract request) {
		return contracts.get(contracts.open(request));
	}

	@Operation(summary = "One contract with its terms, rates, invoices, payments and ledger lines; 404 outside the caller's scope")
	@GetMapping("/contracts/{id}")
	ContractDetails contract(@PathVariable UUID id) {
		return contracts.get(new ContractId(id));
	}

	@Operation(summary = "Upgrade or downgrade the MRR from a date (vendor admin or channel manager)")
	@PostMapping("/contracts/{id}/mrr-changes")
	ContractDetails changeMrr(@PathVariable UUID id, @Valid @RequestBody MrrChangeRequest change) {
		contracts.changeMrr(new ContractId(id), change.effectiveFrom(), change.mrr());
		return contracts.get(new ContractId(id));
	}

	@Operation(summary = "Cancel the contract from a date (vendor admin or channel manager)")
	@PostMapping("/contracts/{id}/cancellation")
	ContractDetails cancel(@PathVariable UUID id, @Valid @RequestBody Cancellation cancellation) {
		contracts.cancel(new ContractId(id), cancellation.effectiveFrom());
		return contracts.get(new ContractId(id));
	}

	@Operation(summary = "Issue a month's invoice (vendor admin or channel manager)")
	@PostMapping("/contracts/{id}/invoices")
	@ResponseStatus(HttpStatus.CREATED)
	InvoiceIssued invoice(@PathVariable UUID id, @Valid @RequestBody InvoiceRequest request) {
		return new InvoiceIssued(contracts.issueInvoice(new ContractId(id), request.month()));
	}

	@Operation(summary = "Record a payment received, a refund or a chargeback; the same idempotency key with the same payment records it once, with a different one answers 409")
	@PostMapping("/payments")
	@ResponseStatus(HttpStatus.CREATED)
	PaymentView pay(@Valid @RequestBody NewPayment payment) {
		return receipts.recordPayment(payment);
	}

	@Operation(summary = "Record the payments of a CSV file (invoice_id, kind, amount, received_on, reference, reverses_reference), all or none")
	@CsvBody
	@ManageChannel
	@PostMapping(path = "/payments/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	ResponseEntity<Receipts.PaymentImport> importPayments(InputStream file) {
		Receipts.PaymentImport result = receipts.importPayments(file);
		return Imports.answer(result, result.problems());
	}

	@Operation(summary = "Issue the invoices of a CSV file (contract_id, month), all or none")
	@CsvBody
	@ManageChannel
	@PostMapping(path = "/invoices/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	ResponseEntity<Contracts.InvoiceImport> importInvoices(InputStream file) {
		Contracts.InvoiceImport result = contracts.importInvoices(file);
		return Imports.answer(result, result.problems());
	}

	@Operation(summary = "Issue every partner's statements of a month that has ended: final from then on, no payment may be dated into it (vendor admin)")
	@PostMapping("/statements/{month}/issue")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void issueStatements(@PathVariable YearMonth month) {
		statements.issue(month);
	}

	record StatementsClosed(YearMonth closedThrough) {
	}

	@Operation(summary = "The last month whose statements are issued (null when none is)")
	@GetMapping("/statements/closed-through")
	StatementsClosed closedThrough() {
		return new StatementsClosed(statements.closedThrough().orElse(null));
	}

	@Operation(summary = "A partner's statements for a month (one per currency); 404 for another partner")
	@GetMapping("/partners/{partnerId}/statements/{month}")
	List<Statement> statements(@PathVariable UUID partnerId, @PathVariable YearMonth month) {
		return statements.of(new PartnerId(partnerId), month);
	}

	@Operation(summary = "The same statements as CSV")
	@GetMapping(path = "/partners/{partnerId}/statements/{month}.csv", produces = "text/csv")
	ResponseEntity<String> statementsCsv(@PathVariable UUID partnerId, @PathVariable YearMonth month) {
		return Downloads.attachment(statements.csv(new PartnerId(partnerId), month), Downloads.CSV,
				"statement-" + month + ".csv");
	}

	@Operation(summary = "A partner's commission: earned, paid and pending payout per currency; 404 for another partner")
	@GetMapping("/partners/{partnerId}/commission-summary")
	List<CommissionSummary> summary(@PathVariable UUID partnerId) {
		return statements.summary(new PartnerId(partnerId));
	}

	@Operation(summary = "Every partner's earned, paid and pending commission (vendor staff)")
	@GetMapping("/commission-totals")
	List<PartnerTotals> totals() {
		return statements.partnerTotals();
	}

	@Operation(summary = "Payout batches, newest first (vendor admin)")
	@GetMapping("/payouts")
	List<PayoutView> payouts() {
		return payouts.recent();
	}

	@Operation(summary = "Prepare a payout of every unpaid line booked up to a day (vendor admin)")
	@PostMapping("/payouts")
	@ResponseStatus(HttpStatus.CREATED)
	PayoutView prepare(@Valid @RequestBody PayoutRequest request) {
		return payouts.get(payouts.prepare(request.upTo()));
	}

	@Operation(summary = "Approve the ledger lines to pay; the others wait for a later batch (vendor admin)")
	@PostMapping("/payouts/{id}/approval")
	PayoutView approve(@PathVariable UUID id, @Valid @RequestBody PayoutApproval approval) {
		payouts.approve(id, approval.lines());
		return payouts.get(id);
	}

	@Operation(summary = "Mark an approved payout paid, with its reference; its lines are frozen (vendor admin)")
	@PostMapping("/payouts/{id}/payment")
	PayoutView markPaid(@PathVariable UUID id, @Valid @RequestBody PayoutPayment payment) {
		payouts.markPaid(id, payment.reference(), payment.paidOn());
		return payouts.get(id);
	}

	record NewCost(@NotNull LocalDate incurredOn, @NotNull CostCategory category, @NotNull BigDecimal amount,
			@NotNull String currency, String note) {
	}

	@Operation(summary = "Enter a cost of the program, for its ROI (vendor admin)")
	@PostMapping("/program-costs")
	@ResponseStatus(HttpStatus.CREATED)
	void addCost(@Valid @RequestBody NewCost cost) {
		programCosts.add(cost.incurredOn(), cost.category(), cost.amount(), cost.currency(), cost.note());
	}

	@Operation(summary = "Partner-attributed revenue and program ROI over a period (vendor staff)")
	@GetMapping("/program-roi")
	ProgramRoi roi(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(defaultValue = "CAD") String currency, @RequestParam(required = false) BigDecimal influenceWeight) {
		return programCosts.roi(from, to, currency, influenceWeight);
	}

	@Operation(summary = "The same statements as PDF")
	@GetMapping(path = "/partners/{partnerId}/statements/{month}.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> statementsPdf(@PathVariable UUID partnerId, @PathVariable YearMonth month) {
		return Downloads.attachment(statements.pdf(new PartnerId(partnerId), month), MediaType.APPLICATION_PDF,
				"statement-" + month + ".pdf");
	}

	@Operation(summary = "The program terms, every version")
	@GetMapping("/program-terms")
	List<TermsView> terms() {
		return programTerms.all();
	}

	@Operation(summary = "The rates of a version of the program terms")
	@GetMapping("/program-terms/{version}/rates")
	List<RateView> rates(@PathVariable int version) {
		return programTerms.ratesOf(version);
	}

	@Operation(summary = "Announce new program terms with their rates, in force 30 days or more ahead (vendor admin)")
	@PostMapping("/program-terms")
	@ResponseStatus(HttpStatus.CREATED)
	TermsView announce(@Valid @RequestBody TermsAnnouncement announcement) {
		return programTerms.announce(announcement.effectiveFrom(), announcement.summary(), announcement.rates());
	}
}
