package org.concord.commissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.leads.ContactInitiation;
import org.concord.leads.LeadFixtures;
import org.concord.leads.Leads;
import org.concord.partners.PartnerTier;
import org.concord.registrations.ContactType;
import org.concord.registrations.Deals;
import org.concord.registrations.RegistrationFixtures;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.Registrations;
import org.concord.registrations.Stage;
import org.concord.shared.Audited;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A contract's life month by month, in the Kill Bill style, told as stories: the clock moves to each month, invoices
 * are issued, payments (one of them partial), an upgrade, a refund and a chargeback are recorded; each story checks
 * the events its step raised, the ledger and the partner's statement.
 */
@ConcordIntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class CommissionScenarioTests {

	@Autowired
	Statements statements;

	@Autowired
	Receipts receipts;

	@Autowired
	ProgramTerms programTerms;

	@Autowired
	ProgramCosts programCosts;

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
	MutableClock clock;

	@Autowired
	PastDueInvoices pastDue;

	@Autowired
	MockMvc mvc;

	@Autowired
	LeadFixtures leadFixtures;

	@Autowired
	Leads leads;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * One contract's life, played step by step for the stories below: each story plays the steps before its own, then
	 * checks its own. MRR CAD 1,250.00 from the first of next month, worked by the partner at the program's 5%.
	 */
	private final class ContractLife {

		final FreshPartner partner = accounts.freshPartner();
		final RegistrationId won = wonOpportunity(partner);
		final YearMonth first = YearMonth.from(today()).plusMonths(1);
		final YearMonth second = first.plusMonths(1);
		final YearMonth third = second.plusMonths(1);
		final YearMonth fourth = third.plusMonths(1);
		final ContractId contract = channel(() -> contracts.open(new OpenContract(won.value(), first.atDay(1), 12)));
		UUID january;
		UUID february;
		UUID march;
		PaymentView paidFirst;
		PaymentView paidMarch;

		/** Month 1: invoiced at the MRR, paid in full. */
		ContractLife monthOnePaidInFull() {
			moveTo(first.atDay(3));
			january = channel(() -> contracts.issueInvoice(contract, first));
			paidFirst = pay(january, PaymentKind.PAYMENT, "1250.00", null);
			return this;
		}

		/** Month 2, on the 5th: invoiced, 500.00 of it paid. */
		ContractLife monthTwoPaidInPart() {
			moveTo(second.atDay(5));
			february = channel(() -> contracts.issueInvoice(contract, second));
			pay(february, PaymentKind.PAYMENT, "500.00", null);
			return this;
		}

		/** Month 2, on the 20th: the other 750.00. */
		ContractLife monthTwoPaidInFull() {
			moveTo(second.atDay(20));
			pay(february, PaymentKind.PAYMENT, "750.00", null);
			return this;
		}

		/** Month 3: upgraded to 2,000.00 from the 1st, invoiced and paid. */
		ContractLife monthThreeUpgradedAndPaid() {
			moveTo(third.atDay(2));
			channel(() -> contracts.changeMrr(contract, third.atDay(1), new BigDecimal("2000.00")));
			march = channel(() -> contracts.issueInvoice(contract, third));
			paidMarch = pay(march, PaymentKind.PAYMENT, "2000.00", null);
			return this;
		}

		/** Month 3: 400.00 of the upgraded month refunded. */
		ContractLife monthThreePartlyRefunded() {
			pay(march, PaymentKind.REFUND, "400.00", paidMarch.id());
			return this;
		}

		/** Month 4: the first month's payment is charged back. */
		ContractLife monthFourChargedBack() {
			moveTo(fourth.atDay(10));
			pay(january, PaymentKind.CHARGEBACK, "1250.00", paidFirst.id());
			return this;
		}

		StatementCheck statementOf(YearMonth month) {
			return new StatementCheck(statement(partner, month));
		}

		ContractDetails details() {
			return channel(() -> contracts.get(contract));
		}
	}

	/** The reusable statement check: each figure asked for is compared to the cent. */
	private record StatementCheck(Statement statement) {

		StatementCheck opening(String amount) {
			assertThat(statement.opening().amount()).as("opening").isEqualByComparingTo(amount);
			return this;
		}

		StatementCheck earned(String amount) {
			assertThat(statement.earned().amount()).as("earned").isEqualByComparingTo(amount);
			return this;
		}

		StatementCheck reversed(String amount) {
			assertThat(statement.reversed().amount()).as("reversed").isEqualByComparingTo(amount);
			return this;
		}

		StatementCheck paid(String amount) {
			assertThat(statement.paid().amount()).as("paid").isEqualByComparingTo(amount);
			return this;
		}

		StatementCheck closing(String amount) {
			assertThat(statement.closing().amount()).as("closing").isEqualByComparingTo(amount);
			return this;
		}
	}

	@Test
	void aContractKeepsTheTermsInForceWhenItWasRegisteredAndHasNoMrrBeforeItStarts() {
		ContractLife life = new ContractLife();
		ContractDetails opened = life.details();
		assertThat(opened.contract().mrrToday().amount()).isEqualByComparingTo("0.00"); // not started yet
		int inForce = accounts.as("admin", () -> programTerms.all()).stream()
				.filter(t -> !t.effectiveFrom().isAfter(today())).mapToInt(TermsView::version).max().orElseThrow();
		assertThat(opened.terms().version()).as("the terms in force when it was registered").isEqualTo(inForce);
		assertThat(opened.rates()).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(CommissionKind.REGISTRATION);
			assertThat(r.rate()).isEqualByComparingTo("0.05");
		});
	}

	@Test
	void aMonthPaidInFullEarnsTheRateOnWhatWasReceived(AssertablePublishedEvents events) {
		ContractLife life = new ContractLife().monthOnePaidInFull();
		assertThat(events).contains(InvoiceIssued.class).matching(InvoiceIssued::invoiceId, life.january)
				.matching(e -> e.amount().amount().compareTo(new BigDecimal("1250.00")) == 0);
		assertThat(events).contains(PaymentReceived.class).matching(PaymentReceived::paymentId, life.paidFirst.id());
		assertThat(events).contains(CommissionBooked.class).matching(CommissionBooked::paymentId, life.paidFirst.id())
				.matching(e -> e.amount().amount().compareTo(new BigDecimal("62.50")) == 0);
		life.statementOf(life.first).opening("0.00").earned("62.50").closing("62.50");
		assertThat(statement(life.partner, life.first).lines()).singleElement().satisfies(l -> {
			assertThat(l.paymentId()).isEqualTo(life.paidFirst.id());
			assertThat(l.contractId()).isEqualTo(life.contract.value());
			assertThat(l.partnerId()).isEqualTo(life.partner.id().value());
			assertThat(l.repId()).isEqualTo(accounts.idOf(life.partner.rep()));
			assertThat(l.rate()).isEqualByComparingTo("0.05");
			assertThat(l.base().amount()).isEqualByComparingTo("1250.00");
		});
	}

	@Test
	void aPartialPaymentEarnsOnlyWhatWasReceivedWhenItWasReceived(AssertablePublishedEvents events) {
		ContractLife life = new ContractLife().monthOnePaidInFull().monthTwoPaidInPart();
		assertThat(events).contains(CommissionBooked.class)
				.matching(e -> e.bookedOn().equals(life.second.atDay(5)) && e.amount().amount().compareTo(new BigDecimal("25.00")) == 0);
		life.statementOf(life.second).earned("25.00");

		life.monthTwoPaidInFull();
		assertThat(events).contains(CommissionBooked.class)
				.matching(e -> e.bookedOn().equals(life.second.atDay(20)) && e.amount().amount().compareTo(new BigDecimal("37.50")) == 0);
		life.statementOf(life.second).opening("62.50").earned("62.50").closing("125.00");
	}

	@Test
	void anUpgradeRaisesTheInvoiceAPaymentPostedTwiceIsRecordedOnceAndARefundTakesBackItsCommission(
			AssertablePublishedEvents events) {
		ContractLife life = new ContractLife().monthOnePaidInFull().monthTwoPaidInPart().monthTwoPaidInFull()
				.monthThreeUpgradedAndPaid();
		assertThat(events).contains(InvoiceIssued.class).matching(InvoiceIssued::invoiceId, life.march)
				.matching(e -> e.amount().amount().compareTo(new BigDecimal("2000.00")) == 0);
		assertThat(life.details().invoices()).last()
				.satisfies(i -> assertThat(i.amount().amount()).isEqualByComparingTo("2000.00"));
		PaymentView again = channel(() -> receipts.recordPayment(new NewPayment(life.march, PaymentKind.PAYMENT,
				new BigDecimal("2000.00"), today(), life.paidMarch.idempotencyKey(), null)));
		assertThat(again.id()).as("the same payment posted twice is recorded once").isEqualTo(life.paidMarch.id());
		assertThat(events.ofType(PaymentReceived.class).matchingValue(PaymentReceived::invoiceId, life.march)).hasSize(1);

		life.monthThreePartlyRefunded();
		assertThat(events).contains(CommissionBooked.class).matching(e -> e.amount().amount().compareTo(new BigDecimal("-20.00")) == 0);
		life.statementOf(life.third).opening("125.00").earned("100.00").reversed("-20.00").closing("205.00");
		assertThatThrownBy(() -> pay(life.march, PaymentKind.REFUND, "1600.01", life.paidMarch.id()))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));
	}

	@Test
	void aChargebackReversesTheMonthsCommissionWhenItComesAndTheLedgerIsTheRateTimesTheNetPayments(
			AssertablePublishedEvents events) {
		ContractLife life = new ContractLife().monthOnePaidInFull().monthTwoPaidInPart().monthTwoPaidInFull()
				.monthThreeUpgradedAndPaid().monthThreePartlyRefunded().monthFourChargedBack();
		assertThat(events).contains(PaymentReceived.class).matching(e -> e.kind() == PaymentKind.CHARGEBACK)
				.matching(PaymentReceived::receivedOn, life.fourth.atDay(10));
		assertThat(events).contains(CommissionBooked.class).matching(CommissionBooked::bookedOn, life.fourth.atDay(10))
				.matching(e -> e.amount().amount().compareTo(new BigDecimal("-62.50")) == 0);
		life.statementOf(life.fourth).reversed("-62.50").closing("142.50");

		// the whole ledger is the rate times the net payments: 5% of (1,250 + 500 + 750 + 2,000 - 400 - 1,250)
		List<LedgerLine> ledger = life.details().ledger();
		Money total = ledger.stream().map(LedgerLine::amount).reduce(Money.zero("CAD"), Money::plus);
		assertThat(total.amount()).isEqualByComparingTo("142.50");
		assertThat(ledger).hasSize(6);

		// invoices show what was received against them
		assertThat(life.details().invoices()).extracting(i -> i.outstanding().amount())
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("1250.00"), new BigDecimal("0.00"), new BigDecimal("400.00"));
	}

	@Test
	void aPayoutPaysWhatIsBookedUpToItsDayOnceAndTheMonthEndRunAgreesWithThePartnersStatement(AssertablePublishedEvents events) {
		ContractLife life = new ContractLife().monthOnePaidInFull().monthTwoPaidInPart().monthTwoPaidInFull()
				.monthThreeUpgradedAndPaid().monthThreePartlyRefunded().monthFourChargedBack();
		FreshPartner partner = life.partner;

		// the payout of everything booked up to the end of month 3: approved for this partner, paid, then frozen
		UUID batch = accounts.as("admin", () -> payouts.prepare(life.third.atEndOfMonth()));
		accounts.as("finance", () -> { // another vendor admin approves what "admin" prepared: four eyes
			payouts.approve(batch, linesOf(partner, payouts.get(batch)));
			payouts.markPaid(batch, "TX-1001", today());
		});
		assertThat(events).contains(Audited.class).matching(Audited::action, "PAYOUT_PAID")
				.matching(e -> e.detail().contains("TX-1001"));
		assertThat(accounts.as("admin", () -> payouts.get(batch)).partners()).singleElement().satisfies(p -> {
			assertThat(p.partnerId()).isEqualTo(partner.id().value());
			assertThat(p.amount().amount()).isEqualByComparingTo("205.00");
		});
		assertThatThrownBy(() -> accounts.as("admin", () -> {
			payouts.markPaid(batch, "TX-1002", today());
		})).as("paid lines are frozen").isInstanceOf(InvalidInputException.class);
		life.statementOf(life.fourth).opening("205.00").paid("205.00").closing("-62.50");
		assertThat(accounts.as(partner.rep(), () -> statements.summary(partner.id()))).singleElement().satisfies(c -> {
			assertThat(c.earned().amount()).isEqualByComparingTo("142.50");
			assertThat(c.paid().amount()).isEqualByComparingTo("205.00");
			assertThat(c.pendingPayout().amount()).isEqualByComparingTo("-62.50");
		});
		// nothing is paid twice: a later batch holds none of the paid lines, and this partner now owes
		try {
			UUID later = accounts.as("admin", () -> payouts.prepare(life.fourth.atEndOfMonth()));
			assertThat(accounts.as("admin", () -> payouts.get(later)).partners())
					.noneMatch(p -> p.partnerId().equals(partner.id().value()));
		}
		catch (InvalidInputException nothingOwedToAnyone) {
			assertThat(nothingOwedToAnyone.field()).isEqualTo("upTo");
		}

		// the month-end run for all partners agrees with the partner's own statement
		Statement aprilNow = statement(partner, life.fourth);
		assertThat(channel(() -> statements.monthly(life.fourth))).filteredOn(t -> t.partnerId().equals(partner.id().value()))
				.singleElement().satisfies(t -> {
					assertThat(t.opening().compareTo(aprilNow.opening())).isZero();
					assertThat(t.earned().compareTo(aprilNow.earned())).isZero();
					assertThat(t.reversed().compareTo(aprilNow.reversed())).isZero();
					assertThat(t.paid().compareTo(aprilNow.paid())).isZero();
					assertThat(t.closing().compareTo(aprilNow.closing())).isZero();
				});
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
		assertThat(accounts.as(other.rep(), () -> contracts.list(null, 0, 100)).content())
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
		Mails.awaitSubject(greenMail, "northwind.admin@northwind.example", "New program terms from " + effective);
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
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), subject);
		Mails.awaitSubject(greenMail, "channel@rpm.example", subject);
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

		var bad = channel(() -> receipts.importPayments(new ByteArrayInputStream((good + invoice + ",PAYMENT,lots," + today() + ",X-1,\n").getBytes())));
		assertThat(bad.recorded()).isZero();
		assertThat(bad.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(4);
			assertThat(p.column()).isEqualTo("amount");
		});
		var tooMuch = channel(() -> receipts.importPayments(new ByteArrayInputStream((good + invoice + ",REFUND,1200.00," + today() + ",X-2," + a + "\n")
				.getBytes())));
		assertThat(tooMuch.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(4);
			assertThat(p.column()).isEqualTo("amount");
		});
		assertThat(channel(() -> contracts.get(contract)).ledger()).as("nothing recorded").isEmpty();

		assertThat(channel(() -> receipts.importPayments(new ByteArrayInputStream(good.getBytes()))).recorded()).isEqualTo(2);
		assertThat(channel(() -> receipts.importPayments(new ByteArrayInputStream(good.getBytes()))).problems()).isEmpty();
		List<LedgerLine> ledger = channel(() -> contracts.get(contract)).ledger();
		assertThat(ledger).extracting(l -> l.amount().amount()).usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("62.50"), new BigDecimal("-5.00"));
	}

	@Test
	void theProgramReportAttributesSourcedRevenueInFullAndInfluencedRevenueAtItsWeightAgainstTheCosts() {
		FreshPartner sourcing = accounts.freshPartner();
		String region = LeadFixtures.territory();
		FreshPartner working = leadFixtures.partner(region, PartnerTier.GOLD, 10);
		var lead = leadFixtures.create(leadFixtures.lead(region)); // MRR 2,400.00: a vendor lead, so co-sell credit only
		RegistrationId coSold = accounts.as(working.rep(), () -> leads.initiateContact(lead, new ContactInitiation(
				true, LocalDate.ofInstant(clock.instant(), calendar.zone()), ContactType.CALL, "Called")));
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
				.multiply(BigDecimal.valueOf(100)).divide(after.totalCosts().amount(), 1, RoundingMode.HALF_UP));
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
		var bad = channel(() -> contracts.importInvoices(new ByteArrayInputStream((csv + contract + "," + first.plusMonths(4) + "\n").getBytes())));
		assertThat(bad.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.column()).isEqualTo("month");
		});
		assertThat(channel(() -> contracts.get(contract)).invoices()).as("none issued").hasSize(1);
		assertThat(channel(() -> contracts.importInvoices(new ByteArrayInputStream(csv.getBytes()))).issued()).isEqualTo(1);
		assertThat(channel(() -> contracts.importInvoices(new ByteArrayInputStream(csv.getBytes()))).problems()).isEmpty();
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
			assertThat(stage.stage()).isEqualTo(Stage.QUALIFIED);
			assertThat(stage.expected().amount()).isEqualByComparingTo("62.50");
		});
	}

	@Test
	void theDealsRoomShowsExpectedCommissionPerStageAtThePartnersOwnRate() throws Exception {
		FreshPartner partner = accounts.freshPartner(); // a fresh partner's tier earns the program rate, 5%
		fixtures.approved(partner.rep(), Prospect.fresh()); // CAD 1,250.00 MRR at Qualified
		TermsView current = accounts.as("admin", () -> programTerms.all()).stream()
				.max(Comparator.comparingInt(TermsView::version)).orElseThrow();
		List<RateView> rates = new ArrayList<>(accounts.as("admin", () -> programTerms.ratesOf(current.version())));
		rates.add(new RateView(CommissionKind.REGISTRATION, RateScope.PARTNER, partner.id().value().toString(), new BigDecimal("0.08")));
		LocalDate effective = today().plusDays(ProgramTerms.NOTICE_DAYS);
		accounts.as("admin", () -> programTerms.announce(effective, "8% for this partner", rates));
		moveTo(effective.plusDays(1));
		String fragment = WebSession.loggedIn(mvc, partner.rep())
				.perform(MockMvcRequestBuilders.get("/commissions/summary")
						.header("HX-Request", "true"))
				.getResponse().getContentAsString();
		assertThat(fragment).as("8% of 1,250.00, not the program's 5%").contains("2. Qualified: CAD 100.00 on CAD 1,250.00 MRR");
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
		String page = WebSession.loggedIn(mvc, "finance")
				.perform(MockMvcRequestBuilders.get("/admin/payouts/" + batch))
				.getResponse().getContentAsString();
		assertThat(page).contains("Approve the ticked lines").contains("name=\"lines\" value=\"" + lines.getFirst().entryId() + "\"");
		UUID refundLine = lines.stream().filter(l -> l.amount().isNegative()).findFirst().orElseThrow().entryId();
		assertThatThrownBy(() -> accounts.as("finance", () -> {
			payouts.approve(batch, Set.of(refundLine));
		})).as("nothing is owed on the refund alone").isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo("lines"));

		UUID fifty = lines.stream().filter(l -> l.amount().amount().compareTo(new BigDecimal("50.00")) == 0).findFirst()
				.orElseThrow().entryId();
		accounts.as("finance", () -> {
			payouts.approve(batch, Set.of(fifty));
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

	private static Set<UUID> linesOf(FreshPartner partner, PayoutView batch) {
		return batch.lines().stream().filter(l -> l.partnerId().equals(partner.id().value())).map(PayoutView.Line::entryId)
				.collect(Collectors.toSet());
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

	private <T> T channel(Supplier<T> action) {
		return accounts.as("channel", action);
	}

	private void channel(Runnable action) {
		accounts.as("channel", action);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private void moveTo(LocalDate day) {
		var target = day.atStartOfDay(clock.getZone()).plusHours(12).toInstant();
		if (target.isAfter(clock.instant())) {
			clock.advance(Duration.between(clock.instant(), target));
		}
	}
}
