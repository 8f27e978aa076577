package org.concord.commissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.registrations.RegistrationFixtures;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.Registrations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contract's life month by month, in the Kill Bill style: the clock moves to each month, invoices are issued,
 * payments (one of them partial), an upgrade, a refund and a chargeback are recorded, and the ledger and the
 * partner's statements are checked at each step.
 */
@ConcordIntegrationTest
class CommissionScenarioTests {


	@Autowired
	org.concord.commissions.Statements statements;

	@Autowired
	org.concord.commissions.Receipts receipts;

	@Autowired
	org.concord.commissions.ProgramTerms programTerms;

	@Autowired
	org.concord.commissions.ProgramCosts programCosts;

	@Autowired
	org.concord.commissions.Payouts payouts;

	@Autowired
	org.concord.registrations.Deals deals;

	@Autowired
	org.concord.commissions.Contracts contracts;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	PastDueInvoices pastDue;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.concord.leads.LeadFixtures leadFixtures;

	@Autowired
	org.concord.leads.Leads leads;

	@Autowired
	org.concord.shared.BusinessCalendar calendar;

	@Autowired
	com.icegreen.greenmail.util.GreenMail greenMail;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aContractMonthByMonthWithAPartialPaymentAnUpgradeARefundAndAChargeback() {
		FreshPartner partner = accounts.freshPartner();
		RegistrationId won = wonOpportunity(partner); // estimated MRR CAD 1,250.00, worked by the partner
		YearMonth first = YearMonth.from(today()).plusMonths(1);
		ContractId contract = channel(() -> contracts.open(new OpenContract(won.value(), first.atDay(1), 12)));
		ContractDetails opened = channel(() -> contracts.get(contract));
		assertThat(opened.contract().mrrToday().amount()).isEqualByComparingTo("0.00"); // not started yet
		int inForce = accounts.as("admin", () -> programTerms.all()).stream()
				.filter(t -> !t.effectiveFrom().isAfter(today())).mapToInt(TermsView::version).max().orElseThrow();
		assertThat(opened.terms().version()).as("the terms in force when it was registered").isEqualTo(inForce);
		assertThat(opened.rates()).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(CommissionKind.REGISTRATION);
			assertThat(r.rate()).isEqualByComparingTo("0.05");
		});

		// month 1: invoiced at the MRR, paid in full: 5% of 1,250.00
		moveTo(first.atDay(3));
		UUID january = channel(() -> contracts.issueInvoice(contract, first));
		PaymentView paidFirst = pay(january, PaymentKind.PAYMENT, "1250.00", null);
		assertThat(statement(partner, first)).satisfies(s -> {
			assertThat(s.opening().amount()).isEqualByComparingTo("0.00");
			assertThat(s.earned().amount()).isEqualByComparingTo("62.50");
			assertThat(s.closing().amount()).isEqualByComparingTo("62.50");
			assertThat(s.lines()).singleElement().satisfies(l -> {
				assertThat(l.paymentId()).isEqualTo(paidFirst.id());
				assertThat(l.contractId()).isEqualTo(contract.value());
				assertThat(l.partnerId()).isEqualTo(partner.id().value());
				assertThat(l.repId()).isEqualTo(accounts.idOf(partner.rep()));
				assertThat(l.rate()).isEqualByComparingTo("0.05");
				assertThat(l.base().amount()).isEqualByComparingTo("1250.00");
			});
		});

		// month 2: a partial payment, then the rest; commission only on what was received, when it was received
		YearMonth second = first.plusMonths(1);
		moveTo(second.atDay(5));
		UUID february = channel(() -> contracts.issueInvoice(contract, second));
		pay(february, PaymentKind.PAYMENT, "500.00", null);
		assertThat(statement(partner, second).earned().amount()).isEqualByComparingTo("25.00");
		moveTo(second.atDay(20));
		pay(february, PaymentKind.PAYMENT, "750.00", null);
		assertThat(statement(partner, second)).satisfies(s -> {
			assertThat(s.opening().amount()).isEqualByComparingTo("62.50");
			assertThat(s.earned().amount()).isEqualByComparingTo("62.50");
			assertThat(s.closing().amount()).isEqualByComparingTo("125.00");
		});

		// month 3: upgraded to 2,000.00 from the 1st; paid; then 400.00 refunded, which takes back its commission
		YearMonth third = second.plusMonths(1);
		moveTo(third.atDay(2));
		channel(() -> {
			contracts.changeMrr(contract, third.atDay(1), new BigDecimal("2000.00"));
			return null;
		});
		UUID march = channel(() -> contracts.issueInvoice(contract, third));
		assertThat(channel(() -> contracts.get(contract)).invoices()).last()
				.satisfies(i -> assertThat(i.amount().amount()).isEqualByComparingTo("2000.00"));
		PaymentView paidMarch = pay(march, PaymentKind.PAYMENT, "2000.00", null);
		PaymentView again = channel(() -> receipts.recordPayment(new NewPayment(march, PaymentKind.PAYMENT,
				new BigDecimal("2000.00"), today(), paidMarch.idempotencyKey(), null)));
		assertThat(again.id()).as("the same payment posted twice is recorded once").isEqualTo(paidMarch.id());
		pay(march, PaymentKind.REFUND, "400.00", paidMarch.id());
		assertThat(statement(partner, third)).satisfies(s -> {
			assertThat(s.opening().amount()).isEqualByComparingTo("125.00");
			assertThat(s.earned().amount()).isEqualByComparingTo("100.00");
			assertThat(s.reversed().amount()).isEqualByComparingTo("-20.00");
			assertThat(s.closing().amount()).isEqualByComparingTo("205.00");
		});
		assertThatThrownBy(() -> pay(march, PaymentKind.REFUND, "1600.01", paidMarch.id()))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));

		// month 4: the first month's payment is charged back
		YearMonth fourth = third.plusMonths(1);
		moveTo(fourth.atDay(10));
		pay(january, PaymentKind.CHARGEBACK, "1250.00", paidFirst.id());
		Statement april = statement(partner, fourth);
		assertThat(april.reversed().amount()).isEqualByComparingTo("-62.50");
		assertThat(april.closing().amount()).isEqualByComparingTo("142.50");

		// the whole ledger is the rate times the net payments: 5% of (1,250 + 500 + 750 + 2,000 - 400 - 1,250)
		List<LedgerLine> ledger = channel(() -> contracts.get(contract)).ledger();
		Money total = ledger.stream().map(LedgerLine::amount).reduce(Money.zero("CAD"), Money::plus);
		assertThat(total.amount()).isEqualByComparingTo("142.50");
		assertThat(ledger).hasSize(6);

		// the payout of everything booked up to the end of month 3: approved for this partner, paid, then frozen
		UUID batch = accounts.as("admin", () -> payouts.prepare(third.atEndOfMonth()));
		accounts.as("finance", () -> { // another vendor admin approves what "admin" prepared: four eyes
			payouts.approve(batch, linesOf(partner, payouts.get(batch)));
			payouts.markPaid(batch, "TX-1001", today());
		});
		assertThat(accounts.as("admin", () -> payouts.get(batch)).partners()).singleElement().satisfies(p -> {
			assertThat(p.partnerId()).isEqualTo(partner.id().value());
			assertThat(p.amount().amount()).isEqualByComparingTo("205.00");
		});
		assertThatThrownBy(() -> accounts.as("admin", () -> {
			payouts.markPaid(batch, "TX-1002", today());
		})).as("paid lines are frozen").isInstanceOf(InvalidInputException.class);
		assertThat(statement(partner, fourth)).satisfies(s -> {
			assertThat(s.opening().amount()).isEqualByComparingTo("205.00");
			assertThat(s.paid().amount()).isEqualByComparingTo("205.00");
			assertThat(s.closing().amount()).isEqualByComparingTo("-62.50");
		});
		assertThat(accounts.as(partner.rep(), () -> statements.summary(partner.id()))).singleElement().satisfies(c -> {
			assertThat(c.earned().amount()).isEqualByComparingTo("142.50");
			assertThat(c.paid().amount()).isEqualByComparingTo("205.00");
			assertThat(c.pendingPayout().amount()).isEqualByComparingTo("-62.50");
		});
		// nothing is paid twice: a later batch holds none of the paid lines, and this partner now owes
		try {
			UUID later = accounts.as("admin", () -> payouts.prepare(fourth.atEndOfMonth()));
			assertThat(accounts.as("admin", () -> payouts.get(later)).partners())
					.noneMatch(p -> p.partnerId().equals(partner.id().value()));
		}
		catch (InvalidInputException nothingOwedToAnyone) {
			assertThat(nothingOwedToAnyone.field()).isEqualTo("upTo");
		}

		// the month-end run for all partners agrees with the partner's own statement
		Statement aprilNow = statement(partner, fourth);
		assertThat(channel(() -> statements.monthly(fourth))).filteredOn(t -> t.partnerId().equals(partner.id().value()))
				.singleElement().satisfies(t -> {
					assertThat(t.opening().compareTo(aprilNow.opening())).isZero();
					assertThat(t.earned().compareTo(aprilNow.earned())).isZero();
					assertThat(t.reversed().compareTo(aprilNow.reversed())).isZero();
					assertThat(t.paid().compareTo(aprilNow.paid())).isZero();
					assertThat(t.closing().compareTo(aprilNow.closing())).isZero();
				});

		// invoices show what was received against them
		assertThat(channel(() -> contracts.get(contract)).invoices()).extracting(i -> i.outstanding().amount())
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("1250.00"), new BigDecimal("0.00"), new BigDecimal("400.00"));
	}

	@Test
	void onlyAWonOpportunityBecomesAContractAndAPartnerSeesOnlyContractsThatCreditIt() {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		var open = fixtures.approved(partner.rep(), Prospect.fresh());
		assertThatThrownBy(() -> channel(() -> contracts.open(new OpenContract(open.id().value(), today(), 12))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("registrationId"));

		RegistrationId won = wonOpportunity(partner);
		ContractId contract = channel(() -> contracts.open(new OpenContract(won.value(), today(), 12)));
		assertThatThrownBy(() -> channel(() -> contracts.open(new OpenContract(won.value(), today(), 12))))
				.as("one contract per opportunity").isInstanceOf(InvalidInputException.class);

		assertThat(accounts.as(partner.rep(), () -> contracts.get(contract)).contract().subscriber()).isNotBlank();
		assertThatThrownBy(() -> accounts.as(other.rep(), () -> contracts.get(contract))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as(other.rep(), () -> statements.of(partner.id(), YearMonth.from(today()))))
				.isInstanceOf(NotFoundException.class);
		assertThat(accounts.as(other.rep(), () -> contracts.list(0, 100)).content())
				.noneMatch(c -> c.id().equals(contract));
	}

	@Test
	void anOpportunityRegisteredBeforeNewTermsKeepsTheTermsInForceWhenItWasRegistered() {
		FreshPartner before = accounts.freshPartner();
		FreshPartner after = accounts.freshPartner();
		RegistrationId early = wonOpportunity(before);
		LocalDate effective = today().plusDays(ProgramTerms.NOTICE_DAYS);
		assertThatThrownBy(() -> accounts.as("admin", () -> programTerms.announce(effective.minusDays(1), "too soon",
				List.of(new RateView(CommissionKind.REGISTRATION, RateScope.PROGRAM, "*", new BigDecimal("0.05"))))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("effectiveFrom"));
		// the new terms change nothing for other partners: the same program rates, and 7% for this one partner
		TermsView announced = accounts.as("admin", () -> programTerms.announce(effective, "7% registration commission for "
				+ "a partner of ours", List.of(
						new RateView(CommissionKind.REGISTRATION, RateScope.PROGRAM, "*", new BigDecimal("0.05")),
						new RateView(CommissionKind.REFERRAL, RateScope.PROGRAM, "*", new BigDecimal("0.05")),
						new RateView(CommissionKind.INFLUENCE, RateScope.PROGRAM, "*", new BigDecimal("0.05")),
						new RateView(CommissionKind.REGISTRATION, RateScope.PARTNER, before.id().toString(), new BigDecimal("0.07")),
						new RateView(CommissionKind.REGISTRATION, RateScope.PARTNER, after.id().toString(), new BigDecimal("0.07")))));
		org.concord.Mails.awaitSubject(greenMail, "northwind.admin@northwind.example", "New program terms from " + effective);
		moveTo(effective.plusDays(1));
		RegistrationId late = wonOpportunity(after);

		ContractId keepsOld = channel(() -> contracts.open(new OpenContract(early.value(), today(), 12)));
		ContractId getsNew = channel(() -> contracts.open(new OpenContract(late.value(), today(), 12)));
		ContractDetails old = channel(() -> contracts.get(keepsOld));
		ContractDetails current = channel(() -> contracts.get(getsNew));
		assertThat(old.terms().version()).isLessThan(announced.version());
		assertThat(old.rates()).singleElement().satisfies(r -> assertThat(r.rate()).isEqualByComparingTo("0.05"));
		assertThat(current.terms().version()).isEqualTo(announced.version());
		assertThat(current.rates()).singleElement().satisfies(r -> assertThat(r.rate()).isEqualByComparingTo("0.07"));
	}

	@Test
	void anInvoiceUnpaidPastItsDueDateIsFlaggedOnceToTheVendorAndThePartner() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		ContractId contract = channel(() -> contracts.open(new OpenContract(wonOpportunity(partner).value(), today(), 12)));
		UUID invoice = channel(() -> contracts.issueInvoice(contract, YearMonth.from(today())));
		pay(invoice, PaymentKind.PAYMENT, "250.00", null);
		String subscriber = channel(() -> contracts.get(contract)).contract().subscriber();

		pastDue.check();
		assertThat(accounts.as(partner.rep(), () -> contracts.pastDueInvoices())).as("not due yet").isEmpty();

		moveTo(today().plusDays(Invoice.DAYS_TO_PAY + 2));
		pastDue.check();
		pastDue.check();
		var flagged = accounts.as(partner.rep(), () -> contracts.pastDueInvoices());
		assertThat(flagged).singleElement().satisfies(i -> assertThat(i.outstanding().amount()).isEqualByComparingTo("1000.00"));
		assertThat(accounts.as(other.rep(), () -> contracts.pastDueInvoices())).noneMatch(i -> i.id().equals(invoice));
		assertThat(channel(() -> contracts.pastDueInvoices())).anyMatch(i -> i.id().equals(invoice));
		String subject = subscriber + " has not paid its invoice due";
		org.concord.Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), subject);
		org.concord.Mails.awaitSubject(greenMail, "channel@rpm.example", subject);
		Thread.sleep(300);
		assertThat(jdbc.queryForObject("select count(*) from portal_notification where recipient_id = ? and message like ?",
				Integer.class, accounts.idOf(partner.rep()), subscriber + " has not paid%")).as("told once").isOne();
	}

	@Test
	void paymentsFromACsvFileAreRecordedAllOrNoneAndOnceWhenTheFileIsUploadedAgain() {
		FreshPartner partner = accounts.freshPartner();
		ContractId contract = channel(() -> contracts.open(new OpenContract(wonOpportunity(partner).value(), today(), 12)));
		UUID invoice = channel(() -> contracts.issueInvoice(contract, YearMonth.from(today())));
		String a = "INV-" + UUID.randomUUID();
		String b = "REF-" + UUID.randomUUID();
		String header = "invoice_id,kind,amount,received_on,reference,reverses_reference\n";
		String good = header + invoice + ",PAYMENT,1250.00," + today() + "," + a + ",\n" + invoice + ",REFUND,100.00," + today() + ","
				+ b + "," + a + "\n";

		var bad = channel(() -> receipts.importPayments(new java.io.ByteArrayInputStream((good + invoice + ",PAYMENT,lots," + today() + ",X-1,\n").getBytes())));
		assertThat(bad.recorded()).isZero();
		assertThat(bad.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(4);
			assertThat(p.column()).isEqualTo("amount");
		});
		var tooMuch = channel(() -> receipts.importPayments(new java.io.ByteArrayInputStream((good + invoice + ",REFUND,1200.00," + today() + ",X-2," + a + "\n")
				.getBytes())));
		assertThat(tooMuch.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(4);
			assertThat(p.column()).isEqualTo("amount");
		});
		assertThat(channel(() -> contracts.get(contract)).ledger()).as("nothing recorded").isEmpty();

		assertThat(channel(() -> receipts.importPayments(new java.io.ByteArrayInputStream(good.getBytes()))).recorded()).isEqualTo(2);
		assertThat(channel(() -> receipts.importPayments(new java.io.ByteArrayInputStream(good.getBytes()))).problems()).isEmpty();
		List<LedgerLine> ledger = channel(() -> contracts.get(contract)).ledger();
		assertThat(ledger).extracting(l -> l.amount().amount()).usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("62.50"), new BigDecimal("-5.00"));
	}

	@Test
	void theProgramReportAttributesSourcedRevenueInFullAndInfluencedRevenueAtItsWeightAgainstTheCosts() {
		FreshPartner sourcing = accounts.freshPartner();
		String region = org.concord.leads.LeadFixtures.territory();
		FreshPartner working = leadFixtures.partner(region, org.concord.partners.PartnerTier.GOLD, 10);
		var lead = leadFixtures.create(leadFixtures.lead(region)); // MRR 2,400.00: a vendor lead, so co-sell credit only
		RegistrationId coSold = accounts.as(working.rep(), () -> leads.initiateContact(lead, new org.concord.leads.ContactInitiation(
				true, LocalDate.ofInstant(clock.instant(), calendar.zone()), org.concord.registrations.ContactType.CALL, "Called")));
		accounts.as(working.rep(), () -> {
			deals.markWon(coSold, "Signed");
		});
		ContractId sourced = channel(() -> contracts.open(new OpenContract(wonOpportunity(sourcing).value(), today(), 12)));
		ContractId influenced = channel(() -> contracts.open(new OpenContract(coSold.value(), today(), 12)));
		assertThat(channel(() -> contracts.get(influenced)).contract().partners())
				.singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(CommissionKind.INFLUENCE));

		ProgramRoi before = channel(() -> programCosts.roi(today(), today(), "CAD", null));
		pay(channel(() -> contracts.issueInvoice(sourced, YearMonth.from(today()))), PaymentKind.PAYMENT, "1000.00", null);
		pay(channel(() -> contracts.issueInvoice(influenced, YearMonth.from(today()))), PaymentKind.PAYMENT, "2000.00", null);
		accounts.as("admin", () -> {
			programCosts.add(today(), CostCategory.MARKETING, new BigDecimal("500.00"), "CAD", "Partner summit");
		});
		ProgramRoi after = channel(() -> programCosts.roi(today(), today(), "CAD", null));

		assertThat(after.sourcedRevenue().minus(before.sourcedRevenue()).amount()).isEqualByComparingTo("1000.00");
		assertThat(after.influencedRevenue().minus(before.influencedRevenue()).amount()).isEqualByComparingTo("2000.00");
		assertThat(after.attributedRevenue().minus(before.attributedRevenue()).amount()).isEqualByComparingTo("1600.00");
		assertThat(after.enteredCosts().minus(before.enteredCosts()).amount()).isEqualByComparingTo("500.00");
		// each contract's own rate under the terms it keeps (influence earns less than registration by default)
		BigDecimal sourcedRate = channel(() -> contracts.get(sourced)).rates().getFirst().rate();
		BigDecimal influenceRate = channel(() -> contracts.get(influenced)).rates().getFirst().rate();
		assertThat(after.commissions().minus(before.commissions()).amount()).isEqualByComparingTo(new BigDecimal("1000.00")
				.multiply(sourcedRate).add(new BigDecimal("2000.00").multiply(influenceRate)));
		assertThat(after.roiPercent()).isEqualByComparingTo(after.attributedRevenue().minus(after.totalCosts()).amount()
				.multiply(BigDecimal.valueOf(100)).divide(after.totalCosts().amount(), 1, java.math.RoundingMode.HALF_UP));
	}

	@Test
	void aContractBilledEveryThreeMonthsIsInvoicedForThePeriodAndInvoicesComeFromACsvFileToo() {
		FreshPartner partner = accounts.freshPartner();
		YearMonth first = YearMonth.from(today()).plusMonths(1);
		ContractId contract = channel(() -> contracts.open(new OpenContract(wonOpportunity(partner).value(), first.atDay(1), 12, 3)));
		moveTo(first.atDay(2));
		assertThatThrownBy(() -> channel(() -> contracts.issueInvoice(contract, first.plusMonths(1))))
				.as("not the start of a billing period").isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.getMessage()).contains("every 3 months"));
		UUID quarter = channel(() -> contracts.issueInvoice(contract, first));
		assertThat(channel(() -> contracts.get(contract)).invoices()).singleElement().satisfies(i -> {
			assertThat(i.amount().amount()).isEqualByComparingTo("3750.00");
			assertThat(i.periodEnd()).isEqualTo(first.plusMonths(2).atEndOfMonth());
		});
		pay(quarter, PaymentKind.PAYMENT, "3750.00", null);
		assertThat(statement(partner, first).earned().amount()).isEqualByComparingTo("187.50");

		String csv = "contract_id,month\n" + contract + "," + first.plusMonths(3) + "\n";
		var bad = channel(() -> contracts.importInvoices(new java.io.ByteArrayInputStream((csv + contract + "," + first.plusMonths(4) + "\n").getBytes())));
		assertThat(bad.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.column()).isEqualTo("month");
		});
		assertThat(channel(() -> contracts.get(contract)).invoices()).as("none issued").hasSize(1);
		assertThat(channel(() -> contracts.importInvoices(new java.io.ByteArrayInputStream(csv.getBytes()))).issued()).isEqualTo(1);
		assertThat(channel(() -> contracts.importInvoices(new java.io.ByteArrayInputStream(csv.getBytes()))).problems()).isEmpty();
		assertThat(channel(() -> contracts.get(contract)).invoices()).as("issued once").hasSize(2);
	}

	@Test
	void expectedCommissionCountsTheOpenPipelineAtThePartnersRateButNotWhatIsWon() {
		FreshPartner partner = accounts.freshPartner();
		fixtures.approved(partner.rep(), Prospect.fresh()); // CAD 1,250.00 MRR, open
		wonOpportunity(partner); // CAD 1,250.00 MRR, won: it earns real commission once paid
		assertThat(accounts.as(partner.rep(), () -> statements.expectedOnPipeline())).singleElement()
				.satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("62.50"));
		assertThat(accounts.as(partner.rep(), () -> statements.expectedByStage())).singleElement().satisfies(stage -> {
			assertThat(stage.stage()).isEqualTo(org.concord.registrations.Stage.QUALIFIED);
			assertThat(stage.expected().amount()).isEqualByComparingTo("62.50");
		});
	}

	@Test
	void theDealsRoomShowsExpectedCommissionPerStageAtThePartnersOwnRate() throws Exception {
		FreshPartner partner = accounts.freshPartner(); // a fresh partner's tier earns the program rate, 5%
		fixtures.approved(partner.rep(), Prospect.fresh()); // CAD 1,250.00 MRR at Qualified
		TermsView current = accounts.as("admin", () -> programTerms.all()).stream()
				.max(java.util.Comparator.comparingInt(TermsView::version)).orElseThrow();
		List<RateView> rates = new java.util.ArrayList<>(accounts.as("admin", () -> programTerms.ratesOf(current.version())));
		rates.add(new RateView(CommissionKind.REGISTRATION, RateScope.PARTNER, partner.id().value().toString(), new BigDecimal("0.08")));
		LocalDate effective = today().plusDays(ProgramTerms.NOTICE_DAYS);
		accounts.as("admin", () -> programTerms.announce(effective, "8% for this partner", rates));
		moveTo(effective.plusDays(1));
		String fragment = org.concord.WebSession.loggedIn(mvc, partner.rep())
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/commissions/summary")
						.header("HX-Request", "true"))
				.getResponse().getContentAsString();
		assertThat(fragment).as("8% of 1,250.00, not the program's 5%").contains("2. Qualified: CAD 100.00 on CAD 1250.00 MRR");
	}

	@Test
	void aVendorAdminApprovesTheLinesToPayAndTheRestWaitsForTheNextPayout() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		ContractId contract = channel(() -> contracts.open(new OpenContract(wonOpportunity(partner).value(), today(), 12)));
		UUID invoice = channel(() -> contracts.issueInvoice(contract, YearMonth.from(today())));
		pay(invoice, PaymentKind.PAYMENT, "1000.00", null); // 50.00
		PaymentView second = pay(invoice, PaymentKind.PAYMENT, "250.00", null); // 12.50
		pay(invoice, PaymentKind.REFUND, "250.00", second.id()); // -12.50
		UUID batch = accounts.as("admin", () -> payouts.prepare(today()));
		List<PayoutView.Line> lines = accounts.as("admin", () -> payouts.get(batch)).lines().stream()
				.filter(l -> l.partnerId().equals(partner.id().value())).toList();
		assertThat(lines).hasSize(3);
		String page = org.concord.WebSession.loggedIn(mvc, "finance")
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/payouts/" + batch))
				.getResponse().getContentAsString();
		assertThat(page).contains("Approve the ticked lines").contains("name=\"lines\" value=\"" + lines.getFirst().entryId() + "\"");
		UUID refundLine = lines.stream().filter(l -> l.amount().isNegative()).findFirst().orElseThrow().entryId();
		assertThatThrownBy(() -> accounts.as("finance", () -> {
			payouts.approve(batch, java.util.Set.of(refundLine));
		})).as("nothing is owed on the refund alone").isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo("lines"));

		UUID fifty = lines.stream().filter(l -> l.amount().amount().compareTo(new BigDecimal("50.00")) == 0).findFirst()
				.orElseThrow().entryId();
		accounts.as("finance", () -> {
			payouts.approve(batch, java.util.Set.of(fifty));
			payouts.markPaid(batch, "TX-2001", today());
		});
		assertThat(accounts.as(partner.rep(), () -> statements.summary(partner.id()))).singleElement()
				.satisfies(c -> assertThat(c.paid().amount()).isEqualByComparingTo("50.00"));
		// the lines left out wait: they net to nothing, so no later batch pays them, and none pays the 50.00 again
		try {
			UUID later = accounts.as("admin", () -> payouts.prepare(today()));
			assertThat(accounts.as("admin", () -> payouts.get(later)).lines()).noneMatch(l -> l.entryId().equals(fifty));
		}
		catch (InvalidInputException nothingOwedToAnyone) {
			assertThat(nothingOwedToAnyone.field()).isEqualTo("upTo");
		}
	}

	private static java.util.Set<UUID> linesOf(FreshPartner partner, PayoutView batch) {
		return batch.lines().stream().filter(l -> l.partnerId().equals(partner.id().value())).map(PayoutView.Line::entryId)
				.collect(java.util.stream.Collectors.toSet());
	}

	private RegistrationId wonOpportunity(FreshPartner partner) {
		var submission = fixtures.approved(partner.rep(), Prospect.fresh());
		accounts.as(partner.rep(), () -> {
			deals.markWon(submission.id(), "Signed");
		});
		return submission.id();
	}

	private PaymentView pay(UUID invoice, PaymentKind kind, String amount, UUID reverses) {
		return channel(() -> receipts.recordPayment(new NewPayment(invoice, kind, new BigDecimal(amount), today(),
				"bill-" + UUID.randomUUID(), reverses)));
	}

	private Statement statement(FreshPartner partner, YearMonth month) {
		return accounts.as(partner.rep(), () -> statements.of(partner.id(), month)).stream()
				.filter(s -> s.currency().equals("CAD")).findFirst().orElseThrow();
	}

	private <T> T channel(java.util.function.Supplier<T> action) {
		return accounts.as("channel", action);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private void moveTo(LocalDate day) {
		var target = day.atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant();
		if (target.isAfter(clock.instant())) {
			clock.advance(Duration.between(clock.instant(), target));
		}
	}
}
