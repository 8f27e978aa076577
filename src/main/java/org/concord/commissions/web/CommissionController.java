package org.concord.commissions.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.concord.commissions.ContractId;
import org.concord.commissions.ContractView;
import org.concord.commissions.Contracts;
import org.concord.commissions.NewPayment;
import org.concord.commissions.OpenContract;
import org.concord.commissions.PartnerTotals;
import org.concord.commissions.PaymentKind;
import org.concord.commissions.Receipts;
import org.concord.commissions.Statements;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.Downloads;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Commissions: a partner's statements and contracts, the vendor's contracts; a contract's page with its terms,
 * invoices, payments and ledger, and the forms that record them.
 */
@Controller
@InRoom(PortalRoom.COMMISSIONS)
class CommissionController {

	private static final String HOME = "commissions/home";
	private static final String CONTRACT = "commissions/contract";
	private static final String NEW = "commissions/new";

	private final Contracts contracts;
	private final Receipts receipts;
	private final Statements statements;
	private final PartnerDirectory partners;
	private final CurrentActor actor;
	private final Clock clock;

	CommissionController(Contracts contracts, Receipts receipts, Statements statements, PartnerDirectory partners, CurrentActor actor, Clock clock) {
		this.contracts = contracts;
		this.receipts = receipts;
		this.statements = statements;
		this.partners = partners;
		this.actor = actor;
		this.clock = clock;
	}

	@GetMapping("/commissions")
	String home(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) UUID partner,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer page, Model model) {
		YearMonth shown = month == null ? YearMonth.now(clock) : month;
		PartnerId whose = actor.scope().company().orElse(partner == null ? null : new PartnerId(partner));
		model.addAttribute("month", shown);
		model.addAttribute("contracts", contracts.list(cursor, page, null));
		if (whose != null) {
			model.addAttribute("statementPartner", whose);
			model.addAttribute("statements", statements.of(whose, shown));
		}
		if (actor.isVendorStaff()) {
			model.addAttribute("allPartners", partners.list(0, 100).content());
			var totals = statements.partnerTotals();
			model.addAttribute("totals", totals);
			model.addAttribute("grandTotals", PartnerTotals.inTotal(totals));
		}
		else {
			model.addAttribute("commission", statements.summary(whose));
		}
		model.addAttribute("expected", statements.expectedOnPipeline());
		model.addAttribute("pastDue", contracts.pastDueInvoices());
		model.addAttribute("closedThrough", statements.closedThrough().orElse(null));
		model.addAttribute("lastEndedMonth", YearMonth.now(clock).minusMonths(1));
		return HOME;
	}

	/** A vendor admin issues a month's statements: final from then on. */
	@Administer
	@PostMapping("/commissions/statements/issue")
	String issueStatements(@RequestParam(required = false) YearMonth month, RedirectAttributes redirect) {
		try {
			statements.issue(month);
			redirect.addFlashAttribute("notice", "The statements up to " + month + " are issued and final.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/commissions";
	}

	@ManageChannel
	@GetMapping("/commissions/payments/import")
	String importForm() {
		return "commissions/import";
	}

	@ManageChannel
	@PostMapping("/commissions/payments/import")
	String importPayments(@RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		Receipts.PaymentImport result = receipts.importPayments(file == null ? InputStream.nullInputStream() : file.getInputStream());
		if (!result.problems().isEmpty()) {
			model.addAttribute("problems", result.problems());
			return "commissions/import";
		}
		redirect.addFlashAttribute("notice", result.recorded() + " payment(s) recorded (or already on record); their commission is in the ledger.");
		return "redirect:/commissions";
	}

	/** The commission tiles of the Deals room (an htmx fragment): the partner's own, or the program's in total. */
	@InRoom({ PortalRoom.DEALS, PortalRoom.COMMISSIONS })
	@GetMapping("/commissions/summary")
	String summary(Model model) {
		List<Statements.StageCommission> stages = statements.expectedByStage();
		model.addAttribute("stages", stages);
		model.addAttribute("expected", Statements.totalOf(stages));
		model.addAttribute("rows", actor.scope().company()
				.map(own -> statements.summary(own).stream().map(c -> new PartnerTotals(own.value(), "",
						c.currency(), c.earned(), c.paid(), c.pendingPayout())).toList())
				.orElseGet(() -> PartnerTotals.inTotal(statements.partnerTotals())));
		return "commissions/summary :: tiles";
	}

	@GetMapping("/commissions/statements.pdf")
	ResponseEntity<byte[]> statementsPdf(@RequestParam UUID partner, @RequestParam YearMonth month) {
		return Downloads.attachment(statements.pdf(new PartnerId(partner), month), MediaType.APPLICATION_PDF,
				"statement-" + month + ".pdf");
	}

	@ManageChannel
	@PostMapping("/commissions/invoices/import")
	String importInvoices(@RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		Contracts.InvoiceImport result = contracts.importInvoices(file == null ? InputStream.nullInputStream() : file.getInputStream());
		if (!result.problems().isEmpty()) {
			model.addAttribute("problems", result.problems());
			return "commissions/import";
		}
		redirect.addFlashAttribute("notice", result.issued() + " invoice(s) issued (or already issued).");
		return "redirect:/commissions";
	}

	@GetMapping("/commissions/statements.csv")
	ResponseEntity<String> statementsCsv(@RequestParam UUID partner, @RequestParam YearMonth month) {
		return Downloads.attachment(statements.csv(new PartnerId(partner), month), Downloads.CSV,
				"statement-" + month + ".csv");
	}

	@ManageChannel
	@GetMapping("/commissions/contracts/new")
	String newContract(@RequestParam(required = false) UUID registration, Model model) {
		model.addAttribute("registration", registration);
		model.addAttribute("startDate", LocalDate.now(clock).withDayOfMonth(1).plusMonths(1));
		return NEW;
	}

	@ManageChannel
	@PostMapping("/commissions/contracts/new")
	String open(@RequestParam(required = false) UUID registrationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
			@RequestParam(defaultValue = "12") int termMonths, @RequestParam(defaultValue = "1") int billingMonths, Model model,
			RedirectAttributes redirect) {
		try {
			ContractId id = contracts.open(new OpenContract(registrationId, startDate, termMonths, billingMonths));
			redirect.addFlashAttribute("notice", "Contract opened. Issue its invoices month by month.");
			return "redirect:/commissions/contracts/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("registration", registrationId);
			model.addAttribute("startDate", startDate);
			return NEW;
		}
	}

	@GetMapping("/commissions/contracts/{id}")
	String contract(@PathVariable UUID id, Model model) {
		var details = contracts.get(new ContractId(id));
		model.addAttribute("details", details);
		model.addAttribute("partnerNames", partners.namesOf(details.contract().partners().stream()
				.map(ContractView.Credit::partnerId).toList()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("thisMonth", YearMonth.now(clock));
		model.addAttribute("kinds", PaymentKind.values());
		return CONTRACT;
	}

	@PostMapping("/commissions/contracts/{id}/invoices")
	String invoice(@PathVariable UUID id, @RequestParam(required = false) YearMonth month, RedirectAttributes redirect) {
		return act(id, redirect, "Invoice issued.", () -> contracts.issueInvoice(new ContractId(id), month));
	}

	@PostMapping("/commissions/contracts/{id}/payments")
	String pay(@PathVariable UUID id, @RequestParam(required = false) UUID invoiceId,
			@RequestParam(required = false) PaymentKind kind, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(defaultValue = "") String reference, @RequestParam(required = false) UUID reversesPaymentId,
			RedirectAttributes redirect) {
		return act(id, redirect, "Recorded; the commission it carries is in the ledger.", () -> receipts.recordPayment(
				new NewPayment(invoiceId, kind, amount, receivedOn, reference, reversesPaymentId), new ContractId(id)));
	}

	@PostMapping("/commissions/contracts/{id}/mrr-changes")
	String changeMrr(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) BigDecimal mrr, RedirectAttributes redirect) {
		return act(id, redirect, "MRR changed from " + effectiveFrom + ".", () -> {
			contracts.changeMrr(new ContractId(id), effectiveFrom, mrr);
			return null;
		});
	}

	@PostMapping("/commissions/contracts/{id}/cancellation")
	String cancel(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			RedirectAttributes redirect) {
		return act(id, redirect, "Contract cancelled from " + effectiveFrom + ".", () -> {
			contracts.cancel(new ContractId(id), effectiveFrom);
			return null;
		});
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		catch (ConflictingRequestException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/commissions/contracts/" + id;
	}
}
