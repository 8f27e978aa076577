package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Inboxes;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.commissions.CommissionKind;
import org.concord.commissions.Contracts;
import org.concord.commissions.OpenContract;
import org.concord.commissions.ProgramTerms;
import org.concord.commissions.RateScope;
import org.concord.commissions.RateView;
import org.concord.customers.Contacts;
import org.concord.identity.TestAccounts;
import org.concord.notifications.Delivery;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypeDetails;
import org.concord.partners.PartnerTypeView;
import org.concord.partners.PartnerTypes;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotAllowedException;
import org.concord.shared.NotFoundException;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The deal after its submission (issue 11): renewal with fresh information, the vendor's side of the form (a vendor
 * sales rep for a prospect assigned to the vendor, assistance by partner type), notes, notices by each person's
 * choice, invited deals in the Deals room, consent, contacts found by search, currencies from the settings.
 */
@ConcordIntegrationTest
class DealRulesTests {

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Registrations registrations;

	@Autowired
	Renewals renewals;

	@Autowired
	RegistrationSettings registrationSettings;

	@Autowired
	ProgramTerms programTerms;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Deals deals;

	@Autowired
	Contracts contracts;

	@Autowired
	Assistance assistance;

	@Autowired
	PartnerTypes partnerTypes;


	@Autowired
	Contacts contacts;

	@Autowired
	Notifier notifier;

	@Autowired
	ExpectedCommission expectedCommission;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail greenMail;

	@Test
	void oneContactLogRowIsNotEnoughForARenewalTwoDaysOfWorkAreAndSoIsAStageMovedForward() {
		var partner = accounts.freshPartner();
		var oneRow = fixtures.approved(partner.rep(), Prospect.fresh());
		var twoDays = fixtures.approved(partner.rep(), Prospect.fresh());
		var movedOn = fixtures.approved(partner.rep(), Prospect.fresh());
		clock.advance(Duration.ofDays(100));
		LocalDate today = LocalDate.now(clock);
		accounts.as(partner.rep(), () -> {
			deals.logContact(oneRow.id(), today, ContactType.CALL, "Called today");
			deals.logContact(oneRow.id(), today, ContactType.EMAIL, "Mailed today too");
			deals.logContact(twoDays.id(), today.minusDays(6), ContactType.CALL, "Discovery");
			deals.logContact(twoDays.id(), today, ContactType.MEETING, "Demo");
			deals.changeStage(movedOn.id(), Stage.DEMO);
		});

		assertThat(renew(partner.rep(), oneRow, RenewalUpdate.confirmed())).as("rows on one day only").isFalse();
		assertThat(accounts.as("channel", () -> renewals.requests(0, 500)).content())
				.extracting(RegistrationSummary::id).contains(oneRow.id());
		assertThat(renew(partner.rep(), twoDays, RenewalUpdate.confirmed())).isTrue();
		assertThat(renew(partner.rep(), movedOn, RenewalUpdate.confirmed())).isTrue();
	}

	@Test
	void aRenewalConfirmsOrUpdatesStageCloseDateAndMrrAndTheVendorApprovesAnyPastTheFirst() {
		var partner = accounts.freshPartner();
		var deal = fixtures.approved(partner.rep(), Prospect.fresh());
		clock.advance(Duration.ofDays(100));
		LocalDate close = LocalDate.now(clock).plusDays(45);
		assertThatThrownBy(() -> renew(partner.rep(), deal, new RenewalUpdate(null, LocalDate.now(clock).minusDays(1), null)))
				.isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("expectedCloseDate");
		assertThatThrownBy(() -> renew(partner.rep(), deal, new RenewalUpdate(null, null, new BigDecimal("-5"))))
				.isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("estimatedMrr");

		assertThat(renew(partner.rep(), deal, new RenewalUpdate(Stage.PROPOSAL, close, new BigDecimal("2400.00"))))
				.as("the stage moved forward").isTrue();
		var summary = accounts.as(partner.rep(), () -> registrations.get(deal.id())).summary();
		assertThat(summary.stage()).isEqualTo(Stage.PROPOSAL);
		assertThat(summary.expectedCloseDate()).isEqualTo(close);
		assertThat(summary.estimatedMrr().amount()).isEqualByComparingTo("2400.00");

		clock.advance(Duration.ofDays(100));
		LocalDate today = LocalDate.now(clock);
		accounts.as(partner.rep(), () -> {
			deals.logContact(deal.id(), today.minusDays(2), ContactType.CALL, "Legal review");
			deals.logContact(deal.id(), today, ContactType.CALL, "Procurement");
		});
		assertThat(registrationSettings.current().laterRenewalsNeedVendor()).as("the default").isTrue();
		assertThat(renew(partner.rep(), deal, RenewalUpdate.confirmed())).as("the second renewal waits for the vendor").isFalse();
		accounts.as("channel", () -> {
			renewals.grant(deal.id());
		});
		assertThat(accounts.as(partner.rep(), () -> registrations.get(deal.id())).summary().protectedUntil())
				.isEqualTo(clock.instant().plus(Duration.ofDays(registrationSettings.current().protectionDays())));
	}

	@Test
	void aProspectAssignedToTheVendorGetsAVendorSalesRepWhoseQueueHoldsItAndItsPartnerEarnsReferralCommission() {
		var partner = accounts.freshPartner();
		var forVendor = fixtures.registerForVendor(partner.rep(), Prospect.fresh());
		var working = fixtures.approved(partner.rep(), Prospect.fresh());
		String rep = accounts.freshVendorUser(Role.VENDOR_SALES_REP);
		UserId repId = new UserId(accounts.idOf(rep));
		accounts.as("channel", () -> {
			registrations.approve(forVendor.id());
		});
		assertThatThrownBy(() -> assignRep(working, repId)).as("the partner works that one itself")
				.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> assignRep(forVendor, new UserId(accounts.idOf("channel")))).as("not a sales rep")
				.isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("repId");
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> {
			deals.assignVendorRep(forVendor.id(), repId);
		})).isInstanceOf(AccessDeniedException.class);

		assignRep(forVendor, repId);
		assertThat(accounts.as(rep, () -> deals.assignedToMe(0, 50)).content()).extracting(RegistrationSummary::id)
				.containsExactly(forVendor.id());
		assertThat(accounts.as("sales", () -> deals.assignedToMe(0, 50)).content()).extracting(RegistrationSummary::id)
				.doesNotContain(forVendor.id());
		accounts.as(rep, () -> {
			deals.changeStage(forVendor.id(), Stage.DEMO);
		});
		assertThatThrownBy(() -> accounts.as("sales", () -> {
			deals.changeStage(forVendor.id(), Stage.PROPOSAL);
		})).as("another sales rep's deal").isInstanceOf(NotAllowedException.class);

		accounts.as("channel", () -> {
			deals.markWon(forVendor.id(), "Signed with our rep");
		});
		var contract = accounts.as("channel", () -> contracts.open(new OpenContract(forVendor.id().value(), LocalDate.now(clock), 12)));
		assertThat(accounts.as("channel", () -> contracts.get(contract)).contract().partners())
				.singleElement().satisfies(credit -> assertThat(credit.kind()).isEqualTo(CommissionKind.REFERRAL));
	}

	@Test
	void assistanceIsOfferedToPartnersWhoseTypeSaysSoSalesAndApplicationPartnersInTheDemo() {
		assertThat(partnerTypes.list()).filteredOn(PartnerTypeView::mayRequestAssistance).extracting(PartnerTypeView::code)
				.containsExactlyInAnyOrder("SALES_PARTNER", "APPLICATION_PARTNER");
		var referral = accounts.freshPartner("REFERRAL_PARTNER", PartnerTier.SILVER, "NS");
		var application = accounts.freshPartner("APPLICATION_PARTNER", PartnerTier.SILVER, "NS");
		var referred = fixtures.approved(referral.rep(), Prospect.fresh());
		var applied = fixtures.approved(application.rep(), Prospect.fresh());
		assertThatThrownBy(() -> ask(referral.rep(), referred)).isInstanceOf(NotAllowedException.class)
				.hasMessageContaining("Referral Partner");
		assertThat(accounts.as(referral.rep(), () -> assistance.mayRequest())).isFalse();
		ask(application.rep(), applied);

		PartnerTypeView before = partnerTypes.get("REFERRAL_PARTNER");
		try {
			accounts.as("admin", () -> partnerTypes.change("REFERRAL_PARTNER",
					new PartnerTypeDetails(before.name(), before.takesVendorLeads(), true)));
			assertThat(accounts.as(referral.rep(), () -> assistance.mayRequest())).isTrue();
			ask(referral.rep(), referred);
			assertThat(accounts.as(referral.rep(), () -> assistance.of(referred.id()))).hasSize(1);
		}
		finally {
			accounts.as("admin", () -> partnerTypes.change("REFERRAL_PARTNER",
					new PartnerTypeDetails(before.name(), before.takesVendorLeads(), before.mayRequestAssistance())));
		}
	}

	@Test
	void dealNotesAreKeptWithWhoAndWhenAndOnlyThoseOnTheDealAddThem() {
		var partner = accounts.freshPartner();
		var deal = fixtures.approved(partner.rep(), Prospect.fresh());
		accounts.as(partner.rep(), () -> {
			deals.addNote(deal.id(), "Competing with Acme; they like our audit trail.");
		});
		var notes = accounts.as("channel", () -> registrations.get(deal.id())).dealNotes();
		assertThat(notes).singleElement().satisfies(note -> {
			assertThat(note.text()).isEqualTo("Competing with Acme; they like our audit trail.");
			assertThat(note.authorId()).isEqualTo(accounts.idOf(partner.rep()));
			assertThat(note.writtenAt()).isEqualTo(clock.instant());
		});
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> {
			deals.addNote(deal.id(), "  ");
		})).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("text");
		assertThatThrownBy(() -> accounts.as(accounts.freshPartner().rep(), () -> {
			deals.addNote(deal.id(), "Snooping");
		})).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theVendorHearsOfNewRegistrationsAsEachPersonChoseAndPartnersHearOfTheVendorsStageChanges() throws Exception {
		String atOnce = accounts.freshVendorUser(Role.CHANNEL_MANAGER);
		String digest = accounts.freshVendorUser(Role.CHANNEL_MANAGER);
		String portalOnly = accounts.freshVendorUser(Role.CHANNEL_MANAGER);
		choose(digest, Topic.NEW_REGISTRATIONS, Delivery.DAILY_DIGEST);
		choose(portalOnly, Topic.NEW_REGISTRATIONS, Delivery.PORTAL_ONLY);
		assertThat(accounts.as(digest, () -> notifier.mine())).contains(new Notifier.Preference(Topic.NEW_REGISTRATIONS,
				Delivery.DAILY_DIGEST));
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var deal = fixtures.register(partner.rep(), prospect, "cube");

		String headline = "New registration to review: " + prospect.company();
		Mails.awaitSubject(greenMail, atOnce + "@rpm.example", headline);
		Inboxes.await(() -> notices(digest, headline) == 1 && notices(portalOnly, headline) == 1);
		Thread.sleep(500);
		assertThat(Mails.to(greenMail, digest + "@rpm.example")).as("the digest waits for the morning").isEmpty();
		assertThat(Mails.to(greenMail, portalOnly + "@rpm.example")).isEmpty();

		notifier.sendDigests();
		var digestMail = Mails.awaitLatestTo(greenMail, digest + "@rpm.example");
		assertThat(Mails.text(digestMail)).contains(headline);
		assertThat(notifier.sendDigests()).as("each item once").isZero();
		Thread.sleep(300);
		assertThat(Mails.to(greenMail, portalOnly + "@rpm.example")).as("the portal only").isEmpty();

		accounts.as("channel", () -> {
			registrations.approve(deal.id());
			deals.changeStage(deal.id(), Stage.NEGOTIATION);
		});
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), "The vendor moved your deal");

		// the vendor hears of the partner's own moves, its assistance requests and its renewal requests
		accounts.as(partner.rep(), () -> {
			deals.changeStage(deal.id(), Stage.PROPOSAL);
			assistance.request(deal.id(), AssistanceKind.PRICING_ADVICE, "Room for a discount?");
		});
		Inboxes.await(() -> notices(atOnce, prospect.company() + " moved from Negotiation to Proposal") == 1
				&& notices(atOnce, "asks for pricing advice on " + prospect.company()) == 1);
		Prospect idle = Prospect.fresh();
		var untouched = fixtures.approved(partner.rep(), idle);
		clock.advance(Duration.ofDays(100));
		assertThat(renew(partner.rep(), untouched, RenewalUpdate.confirmed())).as("no work shown: the vendor decides").isFalse();
		Inboxes.await(() -> notices(atOnce, "asks to renew its registration of " + idle.company()) == 1);
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> {
			notifier.choose(Map.of(Topic.CONFLICTS, Delivery.PORTAL_ONLY));
		})).as("a vendor topic").isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aPartnerInvitedOntoADealFindsItInItsDealsRoomMarkedWithItsPart() {
		var owner = accounts.freshPartner();
		var coSeller = accounts.freshPartner();
		var influencer = accounts.freshPartner();
		var deal = fixtures.approved(owner.rep(), Prospect.fresh());
		accounts.as("channel", () -> {
			deals.invitePartner(deal.id(), coSeller.id(), new UserId(accounts.idOf(coSeller.rep())), AttributionRole.CO_SELL);
			deals.invitePartner(deal.id(), influencer.id(), new UserId(accounts.idOf(influencer.rep())),
					AttributionRole.INFLUENCED);
		});
		var seen = accounts.as(coSeller.rep(), () -> pipeline.deals(0, 100)).content();
		assertThat(seen).singleElement().satisfies(d -> {
			assertThat(d.summary().id()).isEqualTo(deal.id());
			assertThat(d.part()).isEqualTo(AttributionRole.CO_SELL);
			assertThat(d.invited()).isTrue();
			assertThat(d.summary().partnerId()).as("the registrant stays unnamed").isNull();
		});
		assertThat(accounts.as(influencer.rep(), () -> pipeline.deals(0, 100)).content()).singleElement()
				.satisfies(d -> assertThat(d.part()).isEqualTo(AttributionRole.INFLUENCED));
		assertThat(accounts.as(owner.rep(), () -> pipeline.deals(0, 100)).content()).singleElement()
				.satisfies(d -> assertThat(d.invited()).isFalse());
	}

	@Test
	void aContactWhoWithdrewConsentCannotBeRegistered() {
		var partner = accounts.freshPartner();
		var contact = fixtures.contact(partner.rep(), Prospect.fresh());
		accounts.as(partner.rep(), () -> {
			contacts.withdrawConsent(contact);
		});
		assertThatThrownBy(() -> accounts.as(partner.rep(),
				() -> registrations.submit(fixtures.opportunity(partner.rep(), contact, "cube"))))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("withdrew their consent")
				.extracting("field").isEqualTo("contactId");
	}

	@Test
	void aPartnerWithMoreThanAHundredContactsFindsAndRegistersAnyOfThemBySearch() {
		var partner = accounts.freshPartner();
		for (int i = 0; i < 101; i++) {
			fixtures.contact(partner.rep(), Prospect.fresh());
		}
		Prospect last = Prospect.fresh().withCompany("Zanzibar Kelp Works " + UUID.randomUUID().toString().substring(0, 6));
		var contact = fixtures.contact(partner.rep(), last);
		var found = accounts.as(partner.rep(), () -> contacts.search("zanzibar kelp", 0, 25)).content();
		assertThat(found).extracting(c -> c.id()).containsExactly(contact);
		assertThat(accounts.as(partner.rep(), () -> contacts.search("", 0, 25)).totalElements()).isEqualTo(102);
		assertThat(accounts.as(accounts.freshPartner().rep(), () -> contacts.search("zanzibar kelp", 0, 25)).content())
				.as("another partner's contacts").isEmpty();
		assertThat(accounts.as(partner.rep(), () -> registrations.submit(fixtures.opportunity(partner.rep(), contact, "cube")))
				.alreadyRegistered()).isFalse();
	}

	@Test
	void currenciesComeFromTheVendorsSettings() {
		RegistrationSettingsView before = registrationSettings.current();
		assertThat(before.currencies()).contains("CAD");
		var partner = accounts.freshPartner();
		try {
			changeRules(before, List.of("CAD", "JPY"));
			assertThat(registrationSettings.currencies()).containsExactly("CAD", "JPY");
			var contact = fixtures.contact(partner.rep(), Prospect.fresh());
			Opportunity form = fixtures.opportunity(partner.rep(), contact, "cube");
			Opportunity inUsd = new Opportunity(form.contactId(), form.product(), form.estimatedMrr(), "USD", form.expectedCloseDate(),
					form.stage(), form.notes(), form.assignment(), form.partnerAssignedId(), form.partnerRepAssignedId(),
					form.opportunitySource(), form.partnerProvidingId(), form.partnerRepProvidingId());
			assertThatThrownBy(() -> accounts.as(partner.rep(), () -> registrations.submit(inUsd)))
					.isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("currency");
			Opportunity inYen = new Opportunity(form.contactId(), form.product(), form.estimatedMrr(), "JPY", form.expectedCloseDate(),
					form.stage(), form.notes(), form.assignment(), form.partnerAssignedId(), form.partnerRepAssignedId(),
					form.opportunitySource(), form.partnerProvidingId(), form.partnerRepProvidingId());
			assertThat(accounts.as(partner.rep(), () -> registrations.submit(inYen)).alreadyRegistered()).isFalse();
			assertThatThrownBy(() -> changeRules(before, List.of("CAD", "XQZ"))).as("not an ISO 4217 code")
					.isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("currencies");
		}
		finally {
			changeRules(before, before.currencies());
		}
	}

	@Test
	void theExpectedCommissionIsTheMrrAtThePartnersRateForItsKindAndTheInfluenceBonusIsBelowIt() {
		var partner = accounts.freshPartner();
		var working = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		var summary = accounts.as(partner.rep(), () -> registrations.get(working.id())).summary();
		List<RateView> firstTerms = accounts.as("admin", () -> programTerms.ratesOf(1));
		BigDecimal registrationRate = programRate(firstTerms, CommissionKind.REGISTRATION);
		assertThat(programRate(firstTerms, CommissionKind.INFLUENCE)).as("seed 004: a reduced rate for influence")
				.isLessThan(registrationRate);
		var expected = accounts.as(partner.rep(), () -> expectedCommission.monthly(List.of(summary)));
		assertThat(expected.get(working.id()).amount()).isEqualByComparingTo(new BigDecimal("1250.00").multiply(
				accounts.as("admin", () -> rateInForce(CommissionKind.REGISTRATION))));
	}

	private BigDecimal rateInForce(CommissionKind kind) {
		int version = programTerms.all().stream().filter(t -> !t.effectiveFrom().isAfter(LocalDate.now(clock)))
				.reduce((a, b) -> b).orElseThrow().version();
		return programRate(programTerms.ratesOf(version), kind);
	}

	private static BigDecimal programRate(List<RateView> rates, CommissionKind kind) {
		return rates.stream().filter(r -> r.kind() == kind && r.scope() == RateScope.PROGRAM).findFirst().orElseThrow().rate();
	}

	private boolean renew(String rep, Registrations.Submission deal, RenewalUpdate update) {
		return accounts.as(rep, () -> renewals.request(deal.id(), update));
	}

	private void assignRep(Registrations.Submission deal, UserId rep) {
		accounts.as("channel", () -> {
			deals.assignVendorRep(deal.id(), rep);
		});
	}

	private void ask(String rep, Registrations.Submission deal) {
		accounts.as(rep, () -> {
			assistance.request(deal.id(), AssistanceKind.PRODUCT_EXPERTISE, "Which module fits?");
		});
	}

	private void changeRules(RegistrationSettingsView current, List<String> currencies) {
		accounts.as("admin", () -> {
			registrationSettings.change(new RegistrationSettingsView(current.autoApprove(), current.approvalSlaHours(),
					current.protectionDays(), current.warningDays(), current.renewalActivityDays(), null, null, null, null,
					currencies));
		});
	}

	private void choose(String username, Topic topic, Delivery delivery) {
		accounts.as(username, () -> {
			notifier.choose(Map.of(topic, delivery));
		});
	}

	private int notices(String username, String words) {
		return Inboxes.count(jdbc, accounts.idOf(username), words);
	}
}
