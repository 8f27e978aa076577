package org.concord.commissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.Safeguards;
import org.concord.identity.SafeguardsView;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.registrations.AttributionRole;
import org.concord.registrations.Deals;
import org.concord.registrations.RegistrationFixtures;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.Registrations;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotAllowedException;
import org.concord.shared.UserId;
import org.concord.shared.KeysetPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Money a partner must be able to trust: negotiated rates and co-credited partners stay private, a payment is
 * recorded once and against the right contract, issued statements stay as issued, payouts need a second pair of
 * eyes, and every change of money, terms or settings is in the audit log.
 */
@ConcordIntegrationTest
class CommissionTrustTests {


	@Autowired
	Statements statements;

	@Autowired
	Receipts receipts;

	@Autowired
	ProgramTerms programTerms;

	@Autowired
	Payouts payouts;

	@Autowired
	Deals deals;

	@Autowired
	Contracts contracts;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Safeguards safeguards;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPartnerReadsOnlyTheRatesThatApplyToIt() throws Exception {
		FreshPartner negotiated = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		TermsView current = accounts.as("admin", () -> programTerms.all()).getLast();
		List<RateView> rates = new ArrayList<>(accounts.as("admin", () -> programTerms.ratesOf(current.version())));
		rates.add(new RateView(CommissionKind.REGISTRATION, RateScope.PARTNER, negotiated.id().toString(), new BigDecimal("0.0777")));
		TermsView announced = accounts.as("admin", () -> programTerms.announce(today().plusDays(ProgramTerms.NOTICE_DAYS),
				"A negotiated rate", rates));
		String path = "/api/v1/program-terms/" + announced.version() + "/rates";

		String seenByOther = mvc.perform(get(path).header("Authorization", "Bearer " + accounts.apiToken(other.rep())))
				.andReturn().getResponse().getContentAsString();
		assertThat(seenByOther).contains("PROGRAM").doesNotContain("0.0777").doesNotContain(negotiated.id().toString());
		String seenByItself = mvc.perform(get(path).header("Authorization", "Bearer " + accounts.apiToken(negotiated.rep())))
				.andReturn().getResponse().getContentAsString();
		assertThat(seenByItself).contains("0.0777").contains(negotiated.id().toString());
		assertThat(accounts.as("channel", () -> programTerms.ratesOf(announced.version())))
				.anySatisfy(r -> assertThat(r.scopeValue()).isEqualTo(negotiated.id().toString()));
	}

	@Test
	void aPartnersContractsAreReadByCursorEachOnceOnlyItsOwnAndTheApiNamesABadCursor() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		List<ContractId> own = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			own.add(contractOf(partner));
			clock.advance(Duration.ofMinutes(1));
		}
		ContractId others = contractOf(other);

		List<ContractId> read = new ArrayList<>();
		List<KeysetPage<ContractView>> pages = new ArrayList<>();
		String cursor = null;
		do {
			String from = cursor;
			var page = accounts.as(partner.rep(), () -> contracts.list(from, null, 1));
			pages.add(page);
			page.content().forEach(c -> read.add(c.id()));
			cursor = page.next();
		} while (cursor != null);
		assertThat(read).as("newest first, each once").containsExactlyElementsOf(own.reversed());
		assertThat(pages.getFirst().total()).isEqualTo(new KeysetPage.Total(3, true));
		var back = accounts.as(partner.rep(), () -> contracts.list(pages.getLast().previous(), null, 1));
		assertThat(back.content()).isEqualTo(pages.get(1).content());
		assertThat(accounts.as(other.rep(), () -> contracts.list(null, null, 100)).content()).extracting(ContractView::id)
				.containsExactly(others);

		String token = "Bearer " + accounts.apiToken(partner.rep());
		String first = mvc.perform(get("/api/v1/contracts").param("size", "2").header("Authorization", token)).andReturn()
				.getResponse().getContentAsString();
		assertThat(first).contains("\"next\"", own.get(2).toString(), own.get(1).toString())
				.doesNotContain(own.get(0).toString()).doesNotContain(others.toString());
		var bad = mvc.perform(get("/api/v1/contracts").param("cursor", "not-a-cursor").header("Authorization", token))
				.andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("cursor").doesNotContain("Exception");
	}

	@Test
	void aCoCreditedPartnerSeesItsOwnCreditOnTheContractNotTheOtherPartnersOrTheirReps() throws Exception {
		FreshPartner owner = accounts.freshPartner();
		FreshPartner coSeller = accounts.freshPartner();
		var deal = fixtures.approved(owner.rep(), Prospect.fresh());
		accounts.as("channel", () -> {
			deals.invitePartner(deal.id(), coSeller.id(), new UserId(accounts.idOf(coSeller.rep())), AttributionRole.CO_SELL);
		});
		win(owner, deal.id());
		ContractId contract = channel(() -> contracts.open(new OpenContract(deal.id().value(), today(), 12)));
		pay(channel(() -> contracts.issueInvoice(contract, YearMonth.from(today()))), "1000.00", "trust-" + UUID.randomUUID());

		ContractDetails seen = accounts.as(coSeller.rep(), () -> contracts.get(contract));
		assertThat(seen.contract().partners()).singleElement().satisfies(c -> {
			assertThat(c.partnerId()).isEqualTo(coSeller.id().value());
			assertThat(c.kind()).isEqualTo(CommissionKind.INFLUENCE);
		});
		assertThat(seen.rates()).allSatisfy(r -> assertThat(r.partnerId()).isEqualTo(coSeller.id().value()));
		assertThat(seen.ledger()).isNotEmpty().allSatisfy(l -> assertThat(l.partnerId()).isEqualTo(coSeller.id().value()));
		assertThat(accounts.as(coSeller.rep(), () -> contracts.list(null, 0, 100)).content())
				.filteredOn(c -> c.id().equals(contract)).singleElement()
				.satisfies(c -> assertThat(c.partners()).extracting(ContractView.Credit::partnerId).containsOnly(coSeller.id().value()));
		String api = mvc.perform(get("/api/v1/contracts/" + contract).header("Authorization", "Bearer " + accounts.apiToken(coSeller.rep())))
				.andReturn().getResponse().getContentAsString();
		assertThat(api).doesNotContain(owner.id().toString()).doesNotContain(accounts.idOf(owner.rep()).toString());
		assertThat(channel(() -> contracts.get(contract)).contract().partners()).hasSize(2);
	}

	@Test
	void thePaymentFormTakesOnlyAnInvoiceOfItsOwnContract() throws Exception {
		ContractId first = contractOf(accounts.freshPartner());
		ContractId second = contractOf(accounts.freshPartner());
		UUID invoiceOfSecond = channel(() -> contracts.issueInvoice(second, YearMonth.from(today())));
		var result = WebSession.loggedIn(mvc, "channel").perform(post("/commissions/contracts/" + first + "/payments")
				.param("invoiceId", invoiceOfSecond.toString()).param("kind", "PAYMENT").param("amount", "100.00")
				.param("receivedOn", today().toString()).param("reference", "wrong-contract-" + UUID.randomUUID())
				.with(SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(result.getFlashMap().get("problem")).asString().contains("invoiceId").contains("not one of this contract's");
		assertThat(jdbc.queryForObject("select count(*) from payment where invoice_id = ?", Integer.class, invoiceOfSecond)).isZero();
	}

	@Test
	void theSameReferenceWithADifferentPaymentIsAConflictNotTheOldPayment() throws Exception {
		ContractId contract = contractOf(accounts.freshPartner());
		UUID invoice = channel(() -> contracts.issueInvoice(contract, YearMonth.from(today())));
		String reference = "dup-" + UUID.randomUUID();
		PaymentView first = pay(invoice, "500.00", reference);
		assertThat(pay(invoice, "500.00", reference).id()).as("the same payment sent again").isEqualTo(first.id());

		assertThatThrownBy(() -> pay(invoice, "600.00", reference)).isInstanceOfSatisfying(ConflictingRequestException.class,
				ex -> assertThat(ex.field()).isEqualTo("idempotencyKey"));
		var response = mvc.perform(post("/api/v1/payments").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.content("{\"invoiceId\":\"" + invoice + "\",\"kind\":\"PAYMENT\",\"amount\":\"700.00\",\"receivedOn\":\"" + today()
						+ "\",\"idempotencyKey\":\"" + reference + "\"}")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("idempotencyKey").contains("different payment");
		assertThat(jdbc.queryForObject("select count(*) from payment where idempotency_key = ?", Integer.class, reference)).isOne();
	}

	@Test
	void issuedStatementsAreFinalNoPaymentMayBeDatedIntoAnIssuedMonth() {
		// an old month, so that closing it disturbs no other test of the suite's shared clock
		YearMonth old = YearMonth.of(2019, 12);
		assertThatThrownBy(() -> accounts.as("channel", () -> {
			statements.issue(old);
		})).as("a vendor admin issues them").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> admin(() -> statements.issue(YearMonth.from(today()))))
				.as("a month not yet ended").isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("month"));
		if (accounts.as("admin", () -> statements.closedThrough()).filter(closed -> !closed.isBefore(old)).isEmpty()) {
			admin(() -> statements.issue(old));
		}
		assertThat(accounts.as("admin", () -> statements.closedThrough())).hasValueSatisfying(m -> assertThat(m).isAfterOrEqualTo(old));
		assertThatThrownBy(() -> admin(() -> statements.issue(old.minusMonths(1)))).as("issued already")
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.getMessage()).contains("issued already"));

		ContractId contract = contractOf(accounts.freshPartner());
		UUID invoice = channel(() -> contracts.issueInvoice(contract, YearMonth.from(today())));
		assertThatThrownBy(() -> channel(() -> receipts.recordPayment(new NewPayment(invoice, PaymentKind.PAYMENT,
				new BigDecimal("100.00"), old.atDay(15), "late-" + UUID.randomUUID(), null))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
					assertThat(ex.field()).isEqualTo("receivedOn");
					assertThat(ex.getMessage()).contains("issued").contains(old.atEndOfMonth().toString());
				});
		assertThat(pay(invoice, "100.00", "ontime-" + UUID.randomUUID()).receivedOn()).isEqualTo(today());
		assertThat(jdbc.queryForList("select action from audit_entry where subject = ?", String.class, old.toString()))
				.contains("STATEMENTS_ISSUED");
	}

	@Test
	void thePersonWhoPreparedAPayoutCannotApproveItUnlessTheVendorTurnedFourEyesOff() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		ContractId contract = contractOf(partner);
		pay(channel(() -> contracts.issueInvoice(contract, YearMonth.from(today()))), "1000.00", "payout-" + UUID.randomUUID());
		UUID batch = accounts.as("admin", () -> payouts.prepare(today()));
		Set<UUID> lines = linesOf(partner, accounts.as("admin", () -> payouts.get(batch)));

		assertThatThrownBy(() -> admin(() -> payouts.approve(batch, lines))).isInstanceOf(NotAllowedException.class);
		String page = WebSession.loggedIn(mvc, "admin").perform(get("/admin/payouts/" + batch)).getResponse().getContentAsString();
		assertThat(page).contains("another vendor admin approves it").doesNotContain("Approve the ticked lines");
		var api = mvc.perform(post("/api/v1/payouts/" + batch + "/approval").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken("admin")).content("{\"lines\":[\"" + lines.iterator().next() + "\"]}"))
				.andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(403);
		assertThat(api.getContentAsString()).contains("four eyes");

		clock.advance(Duration.ofSeconds(1)); // the audit log's order is its entries' time
		accounts.as("finance", () -> payouts.approve(batch, lines));
		clock.advance(Duration.ofSeconds(1));
		accounts.as("finance", () -> payouts.markPaid(batch, "TX-4EYES", today()));
		assertThat(jdbc.queryForList("select action || ' by ' || actor from audit_entry where subject = ? order by occurred_at",
				String.class, batch.toString())).containsExactly("PAYOUT_PREPARED by admin", "PAYOUT_APPROVED by finance",
						"PAYOUT_PAID by finance");
	}

	@Test
	void aOnePersonVendorTurnsFourEyesOffAndTheChangeIsAudited() {
		FreshPartner partner = accounts.freshPartner();
		ContractId contract = contractOf(partner);
		pay(channel(() -> contracts.issueInvoice(contract, YearMonth.from(today()))), "400.00", "solo-" + UUID.randomUUID());
		SafeguardsView before = safeguards.current();
		try {
			accounts.as("admin", () -> safeguards.change(new SafeguardsView(before.apiTokenLifetimeDays(), false)));
			UUID batch = accounts.as("admin", () -> payouts.prepare(today()));
			admin(() -> payouts.approve(batch, linesOf(partner, accounts.as("admin", () -> payouts.get(batch)))));
			assertThat(accounts.as("admin", () -> payouts.get(batch)).status()).isEqualTo(PayoutStatus.APPROVED);
		}
		finally {
			accounts.as("admin", () -> safeguards.change(before));
		}
		assertThat(jdbc.queryForList("select detail from audit_entry where action = 'SAFEGUARDS_CHANGED'", String.class))
				.anySatisfy(d -> assertThat(d).contains("payoutFourEyes=false"));
	}

	@Test
	void paymentsAndTermsAreAuditedWithWhoAndWhat() {
		ContractId contract = contractOf(accounts.freshPartner());
		String reference = "audited-" + UUID.randomUUID();
		pay(channel(() -> contracts.issueInvoice(contract, YearMonth.from(today()))), "250.00", reference);
		assertThat(jdbc.queryForList("select actor || ': ' || detail from audit_entry where action = 'PAYMENT_RECORDED' and subject = ?",
				String.class, reference)).singleElement().asString().startsWith("channel: PAYMENT of CAD 250.00");
		TermsView current = accounts.as("admin", () -> programTerms.all()).getLast();
		List<RateView> rates = accounts.as("admin", () -> programTerms.ratesOf(current.version()));
		TermsView announced = accounts.as("admin", () -> programTerms.announce(today().plusDays(ProgramTerms.NOTICE_DAYS),
				"The same rates, announced again", rates));
		assertThat(jdbc.queryForList("select actor || ': ' || detail from audit_entry where subject = ?", String.class,
				"terms version " + announced.version())).singleElement().asString().startsWith("admin: in force from")
				.contains("REGISTRATION/PROGRAM=");
	}

	private ContractId contractOf(FreshPartner partner) {
		var deal = fixtures.approved(partner.rep(), Prospect.fresh());
		win(partner, deal.id());
		return channel(() -> contracts.open(new OpenContract(deal.id().value(), today(), 12)));
	}

	private void win(FreshPartner partner, RegistrationId deal) {
		accounts.as(partner.rep(), () -> {
			deals.markWon(deal, "Signed");
		});
	}

	private PaymentView pay(UUID invoice, String amount, String reference) {
		return channel(() -> receipts.recordPayment(new NewPayment(invoice, PaymentKind.PAYMENT, new BigDecimal(amount), today(),
				reference, null)));
	}

	private static Set<UUID> linesOf(FreshPartner partner, PayoutView batch) {
		return batch.lines().stream().filter(l -> l.partnerId().equals(partner.id().value())).map(PayoutView.Line::entryId)
				.collect(Collectors.toSet());
	}

	private void admin(Runnable action) {
		accounts.as("admin", () -> {
			action.run();
		});
	}

	private <T> T channel(Supplier<T> action) {
		return accounts.as("channel", action);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
