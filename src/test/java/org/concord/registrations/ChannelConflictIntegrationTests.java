package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.commissions.CommissionKind;
import org.concord.commissions.ContractId;
import org.concord.commissions.ContractView;
import org.concord.commissions.Contracts;
import org.concord.commissions.NewPayment;
import org.concord.commissions.OpenContract;
import org.concord.commissions.PaymentKind;
import org.concord.commissions.ProgramCosts;
import org.concord.commissions.Receipts;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.icegreen.greenmail.util.GreenMail;

@ConcordIntegrationTest
class ChannelConflictIntegrationTests {

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLists registrationLists;

	@Autowired
	Receipts receipts;

	@Autowired
	ProgramCosts programCosts;

	@Autowired
	Deals deals;

	@Autowired
	Contracts contracts;

	@Autowired
	Assistance assistance;

	@Autowired
	ChannelConflicts conflicts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail greenMail;


	@Autowired
	BusinessCalendar calendar;

	@Test
	void aPartnerWhoRegisteredMoreThanSevenDaysEarlierKeepsTheOpportunity() throws Exception {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.register(partner.rep(), prospect, "cube");
		clock.advance(Duration.ofDays(8));
		UUID direct = addDirect("sales", prospect, Stage.QUALIFIED);

		ChannelConflictView conflict = conflictOf(submission, direct);
		assertThat(conflict.ruleApplied()).isEqualTo(ConflictRule.PARTNER_REGISTERED_FIRST);
		assertThat(conflict.decision()).isEqualTo(ConflictDecision.PARTNER_WINS);
		assertThat(conflict.pending()).isFalse();
		assertThat(roleOf(submission)).isEqualTo(AttributionRole.SOURCED);

		Mails.awaitSubject(greenMail, "sales@rpm.example", "overlaps your opportunity");
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), "overlaps a direct opportunity");
	}

	@Test
	void aDirectOpportunityAlreadyAtStageTwoWinsAndThePartnerIsCreditedWithInfluence() {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		UUID direct = addDirect("sales", prospect, Stage.DEMO);
		clock.advance(Duration.ofDays(2));
		var submission = fixtures.register(partner.rep(), prospect, "cube");

		ChannelConflictView conflict = conflictOf(submission, direct);
		assertThat(conflict.ruleApplied()).isEqualTo(ConflictRule.DIRECT_ALREADY_ADVANCED);
		assertThat(conflict.decision()).isEqualTo(ConflictDecision.DIRECT_WINS);
		assertThat(roleOf(submission)).isEqualTo(AttributionRole.INFLUENCED);
		assertThat(accounts.as(partner.rep(), () -> registrations.get(submission.id())).assignment())
				.isEqualTo(Assignment.ASSIGNED_TO_VENDOR);
	}

	@Test
	void withinSevenDaysTheChannelManagerDecidesAndCoSellHoldsMeanwhile() {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		UUID direct = addDirect("sales", prospect, Stage.PROSPECT);
		clock.advance(Duration.ofDays(3));
		var submission = fixtures.register(partner.rep(), prospect, "cube");

		ChannelConflictView conflict = conflictOf(submission, direct);
		assertThat(conflict.pending()).isTrue();
		assertThat(roleOf(submission)).isEqualTo(AttributionRole.CO_SELL);
		assertThat(accounts.as("channel", () -> conflicts.queue(true, 0, 100)).content()).extracting(ChannelConflictView::id)
				.contains(conflict.id());

		assertThatThrownBy(() -> accounts.as("channel", () -> {
			conflicts.decide(conflict.id(), ConflictDecision.PARTNER_WINS, " ");
		})).isInstanceOf(InvalidInputException.class);
		accounts.as("channel", () -> {
			conflicts.decide(conflict.id(), ConflictDecision.PARTNER_WINS, "The partner ran the discovery workshop.");
		});
		ChannelConflictView decided = conflictOf(submission, direct);
		assertThat(decided.pending()).isFalse();
		assertThat(decided.reason()).isEqualTo("The partner ran the discovery workshop.");
		assertThat(decided.decidedBy()).isEqualTo(accounts.idOf("channel"));
		assertThat(accounts.as(partner.rep(), () -> registrations.get(submission.id())).history())
				.anyMatch(h -> h.note() != null && h.note().contains("discovery workshop"));
	}

	@Test
	void partnersCannotSeeOrDecideConflicts() {
		assertThatThrownBy(() -> accounts.as("northwind.admin", () -> conflicts.queue(true, 0, 10)))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.as("northwind.admin", () -> conflicts.addDirectOpportunity(
				new NewDirectOpportunity("X", null, null, null, "cube", Stage.PROSPECT))))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aPartnerAsksForAssistanceAndTheVendorAnswers() throws Exception {
		var partner = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "quartz");
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> {
			assistance.request(submission.id(), AssistanceKind.PRICING_ADVICE, "Discount for 3 years?");
		})).as("only once approved").isInstanceOf(InvalidInputException.class);
		accounts.as("channel", () -> {
			registrations.approve(submission.id());
		});
		accounts.as(partner.rep(), () -> {
			assistance.request(submission.id(), AssistanceKind.PRICING_ADVICE, "Discount for 3 years?");
		});
		var open = accounts.as("sales", () -> assistance.open(0, 100)).content().stream()
				.filter(a -> a.registrationId().equals(submission.id().value())).findFirst().orElseThrow();
		accounts.as("sales", () -> {
			assistance.answer(open.id(), "Up to 10% on a 3-year term.");
		});
		assertThat(accounts.as(partner.rep(), () -> assistance.of(submission.id())))
				.singleElement().satisfies(a -> assertThat(a.answer()).isEqualTo("Up to 10% on a 3-year term."));
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), "pricing advice");
	}

	@Test
	void theVendorInvitesAnotherPartnerWhoThenSeesTheOpportunity() {
		var partner = accounts.freshPartner();
		var helper = accounts.freshPartner();
		var outsider = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		accounts.as("channel", () -> {
			deals.invitePartner(submission.id(), helper.id(), new UserId(accounts.idOf(helper.rep())),
					AttributionRole.CO_SELL);
		});
		// each partner sees its own credit; of the other, the registrant sees the role and the invited partner nothing
		assertThat(accounts.as(helper.rep(), () -> registrations.get(submission.id())).partners())
				.extracting(RegistrationDetails.Attribution::role).containsExactly(AttributionRole.CO_SELL);
		assertThat(accounts.as(partner.rep(), () -> registrations.get(submission.id())).partners())
				.extracting(a -> a.role() + ":" + (a.partnerId() == null ? "?" : a.partnerId().equals(partner.id().value()) ? "own" : "other"))
				.containsExactlyInAnyOrder("SOURCED:own", "CO_SELL:?");
		assertThat(accounts.as(helper.rep(), () -> registrationLists.list(null, null, null, 0, 100)).content())
				.extracting(RegistrationSummary::id).contains(submission.id());
		assertThatThrownBy(() -> accounts.as(outsider.rep(), () -> registrations.get(submission.id())))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as("channel", () -> {
			deals.invitePartner(submission.id(), helper.id(), null, AttributionRole.INFLUENCED);
		})).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void partnerWinsAfterMediationGivesTheRegistrantSourcedCreditAndRegistrationCommission() {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.approved(partner.rep(), prospect);
		UUID direct = addDirect("sales", prospect, Stage.PROSPECT);
		ChannelConflictView conflict = conflictOf(submission, direct);
		assertThat(roleOf(submission)).isEqualTo(AttributionRole.CO_SELL);
		decide(conflict, ConflictDecision.PARTNER_WINS, null);
		assertThat(roleOf(submission)).isEqualTo(AttributionRole.SOURCED);
		assertThat(shareOf(submission)).isEqualByComparingTo("1");
		var credit = contractCreditOf(submission);
		assertThat(credit.kind()).isEqualTo(CommissionKind.REGISTRATION);
		assertThat(credit.share()).isEqualByComparingTo("1");
	}

	@Test
	void coSellSplitsTheCommissionAndTheAttributedRevenueByTheDecidedShare() {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.approved(partner.rep(), prospect);
		UUID direct = addDirect("sales", prospect, Stage.PROSPECT);
		ChannelConflictView conflict = conflictOf(submission, direct);
		assertThatThrownBy(() -> decide(conflict, ConflictDecision.CO_SELL, new BigDecimal("1.2")))
				.isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("split");
		decide(conflict, ConflictDecision.CO_SELL, new BigDecimal("0.30"));
		assertThat(conflictOf(submission, direct).split()).isEqualByComparingTo("0.30");
		assertThat(shareOf(submission)).isEqualByComparingTo("0.30");

		var credit = contractCreditOf(submission);
		assertThat(credit.kind()).as("the registrant keeps its kind of commission, at its share")
				.isEqualTo(CommissionKind.REGISTRATION);
		var contractId = new ContractId(jdbc.queryForObject(
				"select id from subscription_contract where registration_id = ?", UUID.class, submission.id().value()));
		LocalDate today = LocalDate.now(clock);
		var before = accounts.as("admin", () -> programCosts.roi(today, today, "CAD", null));
		UUID invoice = accounts.as("channel", () -> contracts.issueInvoice(contractId, YearMonth.from(today)));
		accounts.as("channel", () -> receipts.recordPayment(new NewPayment(invoice,
				PaymentKind.PAYMENT, new BigDecimal("1000.00"), today, "split-" + UUID.randomUUID(), null)));
		var ledger = accounts.as("channel", () -> contracts.get(contractId)).ledger();
		BigDecimal fullRate = accounts.as("channel", () -> contracts.get(contractId)).rates().stream()
				.filter(r -> r.partnerId().equals(partner.id().value())).findFirst().orElseThrow().rate();
		assertThat(ledger).singleElement().satisfies(line -> assertThat(line.amount().amount())
				.isEqualByComparingTo(new BigDecimal("1000.00").multiply(fullRate).multiply(new BigDecimal("0.30"))
						.setScale(2, RoundingMode.HALF_EVEN)));
		var after = accounts.as("admin", () -> programCosts.roi(today, today, "CAD", null));
		assertThat(after.sourcedRevenue().amount().subtract(before.sourcedRevenue().amount()))
				.as("30% of the payment is the partner's").isEqualByComparingTo("300.00");
	}

	@Test
	void aDirectDealKeepsTheCrmsDatesSoTheRulesUseTheRealTimeline() {
		var partner = accounts.freshPartner();
		Prospect advanced = Prospect.fresh();
		LocalDate today = LocalDate.now(clock);
		UUID direct = accounts.as("sales", () -> conflicts.addDirectOpportunity(new NewDirectOpportunity(advanced.company(),
				advanced.website(), advanced.email(), advanced.phone(), "cube", Stage.PROSPECT, today.minusDays(20))));
		assertThatThrownBy(() -> accounts.as("sales", () -> {
			conflicts.advanceDirectOpportunity(direct, Stage.QUALIFIED, today.plusDays(1));
		})).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("on");
		assertThatThrownBy(() -> accounts.as("sales", () -> {
			conflicts.advanceDirectOpportunity(direct, Stage.QUALIFIED, today.minusDays(30));
		})).as("before it was created").isInstanceOf(InvalidInputException.class);
		accounts.as("sales", () -> {
			conflicts.advanceDirectOpportunity(direct, Stage.QUALIFIED, today.minusDays(10));
		});
		var submission = fixtures.register(partner.rep(), advanced, "cube");
		assertThat(conflictOf(submission, direct).ruleApplied()).as("stage 2 ten days before the registration, by the CRM")
				.isEqualTo(ConflictRule.DIRECT_ALREADY_ADVANCED);

		Prospect old = Prospect.fresh();
		UUID oldDirect = accounts.as("sales", () -> conflicts.addDirectOpportunity(new NewDirectOpportunity(old.company(),
				old.website(), old.email(), old.phone(), "cube", Stage.PROSPECT, today.minusDays(20))));
		var later = fixtures.register(partner.rep(), old, "cube");
		ChannelConflictView unclassified = conflictOf(later, oldDirect);
		assertThat(unclassified.ruleApplied()).isEqualTo(ConflictRule.UNCLASSIFIED);
		assertThat(unclassified.pending()).as("it goes to the channel manager").isTrue();
	}

	@Test
	void aConflictPendingMoreThanFiveBusinessDaysIsEscalatedOnce() throws Exception {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.approved(partner.rep(), prospect);
		UUID direct = addDirect("sales", prospect, Stage.PROSPECT);
		ChannelConflictView conflict = conflictOf(submission, direct);
		Instant deadline = calendar.deadline(conflict.detectedAt(), 5);
		assertThat(Duration.between(conflict.detectedAt(), deadline)).as("business days, not calendar days")
				.isGreaterThanOrEqualTo(Duration.ofDays(7));
		clock.advance(Duration.between(clock.instant(), deadline).minusMinutes(1));
		conflicts.escalateOverdue();
		assertThat(conflictOf(submission, direct).escalatedAt()).isNull();
		clock.advance(Duration.ofMinutes(2));
		conflicts.escalateOverdue();
		assertThat(conflictOf(submission, direct).escalatedAt()).isNotNull();
		Mails.awaitSubject(greenMail, "channel@rpm.example", "more than 5 business days");
		int told = Mails.to(greenMail, "channel@rpm.example").stream().filter(m -> subject(m).contains(prospect.company())
				&& subject(m).contains("5 business days")).toList().size();
		conflicts.escalateOverdue();
		Thread.sleep(300);
		assertThat(Mails.to(greenMail, "channel@rpm.example").stream().filter(m -> subject(m).contains(prospect.company())
				&& subject(m).contains("5 business days")).toList()).as("once").hasSize(told);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void decide(ChannelConflictView conflict, ConflictDecision decision, BigDecimal split) {
		accounts.as("channel", () -> {
			conflicts.decide(conflict.id(), decision, "Mediated with both reps", split);
		});
	}

	private BigDecimal shareOf(Registrations.Submission submission) {
		return jdbc.queryForObject("select credit_share from registration_partner where registration_id = ?",
				BigDecimal.class, submission.id().value());
	}

	/** Won and made a contract: the registrant's credit on it. */
	private ContractView.Credit contractCreditOf(Registrations.Submission submission) {
		accounts.as("channel", () -> {
			deals.markWon(submission.id(), "Signed");
		});
		var contract = accounts.as("channel", () -> contracts.open(new OpenContract(
				submission.id().value(), LocalDate.now(clock), 12)));
		return accounts.as("channel", () -> contracts.get(contract)).contract().partners().getFirst();
	}

	private UUID addDirect(String username, Prospect prospect, Stage stage) {
		return accounts.as(username, () -> conflicts.addDirectOpportunity(new NewDirectOpportunity(prospect.company(),
				prospect.website(), prospect.email(), prospect.phone(), "cube", stage)));
	}

	private ChannelConflictView conflictOf(Registrations.Submission submission, UUID direct) {
		var all = new ArrayList<ChannelConflictView>();
		all.addAll(accounts.as("channel", () -> conflicts.queue(true, 0, 100)).content());
		all.addAll(accounts.as("channel", () -> conflicts.queue(false, 0, 100)).content());
		return all.stream().filter(c -> c.registrationId().equals(submission.id().value()) && c.directOpportunityId().equals(direct))
				.findFirst().orElseThrow(() -> new AssertionError("no conflict recorded: registration "
						+ jdbc.queryForMap("select status, product, submitted_at from registration where id = ?", submission.id().value())
						+ ", its claims " + jdbc.queryForList("select key_kind, key_value from registration_claim where registration_id = ?",
								submission.id().value())
						+ ", direct keys " + jdbc.queryForList("select key_kind, key_value from direct_opportunity_key where direct_id = ?", direct)
						+ ", conflicts in all " + all.size()));
	}

	private AttributionRole roleOf(Registrations.Submission submission) {
		return AttributionRole.valueOf(jdbc.queryForObject("select role from registration_partner where registration_id = ?",
				String.class, submission.id().value()));
	}
}
