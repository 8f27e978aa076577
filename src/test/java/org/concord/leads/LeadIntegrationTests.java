package org.concord.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.customers.ConsentType;
import org.concord.customers.ImpliedConsentBasis;
import org.concord.customers.NewContact;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.CompanyCertifications;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypeDetails;
import org.concord.partners.PartnerTypes;
import org.concord.partners.RoutingProfile;
import org.concord.registrations.ContactType;
import org.concord.registrations.Deals;
import org.concord.registrations.RegistrationFixtures;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.RegistrationStatus;
import org.concord.registrations.Registrations;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Leads from the vendor end to end: routing to the best partner with mail and Overview notice, decline and
 * immediate reassignment, the reminder and the take-back at the working-day deadline with a moved clock, the
 * channel manager's hand assignment, the one-step contact that opens an active opportunity, and the scorecard.
 */
@ConcordIntegrationTest
class LeadIntegrationTests {

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	LeadScorecardTally scorecardTally;

	@Autowired
	PartnerTypes partnerTypes;

	@Autowired
	PartnerDirectory partnerDirectory;

	@Autowired
	CompanyCertifications certifications;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Leads leads;

	@Autowired
	LeadDeadlines deadlines;

	@Autowired
	Registrations registrations;

	@Autowired
	Deals deals;

	@Autowired
	RegistrationFixtures registrationFixtures;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	MutableClock clock;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLeadGoesToTheHighestRankedPartnerWhoHearsOfItByMailAndOnTheOverview() throws Exception {
		String region = LeadFixtures.territory();
		FreshPartner silver = fixtures.partner(region, PartnerTier.SILVER, 10);
		FreshPartner gold = fixtures.partner(region, PartnerTier.GOLD, 10);
		Instant entered = clock.instant();
		LeadId id = fixtures.create(fixtures.lead(region));

		LeadSummary lead = fixtures.get(id).summary();
		assertThat(lead.status()).isEqualTo(LeadStatus.OFFERED);
		assertThat(lead.partnerId()).isEqualTo(gold.id());
		assertThat(lead.contactDueAt()).as("2 working days on the business calendar").isEqualTo(calendar.deadline(entered, 2));

		var mail = Mails.awaitSubject(greenMail, TestAccounts.emailOf(gold.rep()), "New lead from us: " + lead.companyName());
		assertThat(Mails.text(mail)).contains("Make contact by the end of").contains("/lead-routing/" + id);
		assertThat(Mails.to(greenMail, TestAccounts.emailOf(silver.rep())).stream()
				.anyMatch(m -> Mails.text(m).contains(lead.companyName()))).isFalse();

		WebSession goldRep = WebSession.loggedIn(mvc, gold.rep());
		assertThat(goldRep.perform(get("/")).getResponse().getContentAsString()).contains(lead.companyName());
		WebSession silverRep = WebSession.loggedIn(mvc, silver.rep());
		assertThat(silverRep.perform(get("/lead-routing/" + id)).getResponse().getStatus()).as("offered to another").isEqualTo(404);
		assertThat(silverRep.perform(get("/lead-routing")).getResponse().getContentAsString()).doesNotContain(lead.companyName());
	}

	@Test
	void aDeclineWithAReasonReassignsAtOnceAndTheDecliningPartnerNoLongerSeesTheLead() {
		String region = LeadFixtures.territory();
		FreshPartner first = fixtures.partner(region, PartnerTier.GOLD, 10);
		FreshPartner second = fixtures.partner(region, PartnerTier.SILVER, 10);
		LeadId id = fixtures.create(fixtures.lead(region));

		accounts.as(first.rep(), () -> {
			leads.accept(id);
		});
		assertThat(fixtures.get(id).summary().accepted()).isTrue();
		assertThatThrownBy(() -> accounts.as(first.rep(), () -> {
			leads.decline(id, " ");
		})).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));

		accounts.as(first.rep(), () -> {
			leads.decline(id, "We have no healthcare consultant free this month");
		});
		LeadDetails lead = fixtures.get(id);
		assertThat(lead.summary().partnerId()).isEqualTo(second.id());
		assertThat(lead.history()).extracting(RoutingStepView::action).containsSubsequence(RoutingAction.OFFERED,
				RoutingAction.ACCEPTED, RoutingAction.DECLINED, RoutingAction.OFFERED);
		assertThatThrownBy(() -> accounts.as(first.rep(), () -> leads.get(id))).isInstanceOf(NotFoundException.class);
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(second.rep()), "New lead from us");
	}

	@Test
	void withoutContactThePartnerIsRemindedThenTheLeadIsTakenBackAndOfferedToTheNextPartner() {
		String region = LeadFixtures.territory();
		FreshPartner slow = fixtures.partner(region, PartnerTier.PLATINUM, 10);
		FreshPartner next = fixtures.partner(region, PartnerTier.GOLD, 10);
		LeadId id = fixtures.create(fixtures.lead(region));
		Instant due = fixtures.get(id).summary().contactDueAt();
		String company = fixtures.get(id).summary().companyName();

		clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofHours(25))));
		deadlines.sweep();
		assertThat(history(id)).doesNotContain(RoutingAction.REMINDED);

		clock.advance(Duration.ofHours(2));
		deadlines.sweep();
		assertThat(history(id)).containsOnlyOnce(RoutingAction.REMINDED);
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(slow.rep()), "Reminder: make contact with " + company);
		assertThat(fixtures.get(id).summary().partnerId()).as("still theirs before the deadline").isEqualTo(slow.id());

		clock.advance(Duration.ofHours(23).plusMinutes(1));
		deadlines.sweep();
		LeadSummary lead = fixtures.get(id).summary();
		assertThat(lead.partnerId()).isEqualTo(next.id());
		assertThat(lead.status()).isEqualTo(LeadStatus.OFFERED);
		assertThat(history(id)).containsOnlyOnce(RoutingAction.TAKEN_BACK);
		var told = Mails.awaitSubject(greenMail, TestAccounts.emailOf(slow.rep()), "The lead " + company + " was taken back");
		assertThat(Mails.text(told)).contains("No contact was recorded within 2 working days");
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(next.rep()), "New lead from us: " + company);

		var card = accounts.as("channel", () -> scorecardOf(slow));
		assertThat(card.misses()).isEqualTo(1);
		assertThat(card.offers()).isEqualTo(1);
	}

	@Test
	void whenTheSettingsSaySoAMissedDeadlineHandsTheLeadToAChannelManager() {
		LeadSettingsView before = leads.settings();
		String region = LeadFixtures.territory();
		fixtures.partner(region, PartnerTier.GOLD, 10);
		fixtures.partner(region, PartnerTier.SILVER, 10);
		LeadId id = fixtures.create(fixtures.lead(region));
		try {
			changeSettings(withTimeout(before, OnTimeout.CHANNEL_MANAGER));
			clock.advance(Duration.between(clock.instant(), fixtures.get(id).summary().contactDueAt()).plusMinutes(1));
			deadlines.sweep();
			assertThat(fixtures.get(id).summary().status()).isEqualTo(LeadStatus.WITH_CHANNEL_MANAGER);
		}
		finally {
			changeSettings(before);
		}
	}

	@Test
	void nobodyInTheAreaSendsTheLeadToAChannelManagerWhoSeesWhyAndAssignsByHand() {
		String empty = LeadFixtures.territory();
		FreshPartner chosen = fixtures.partner(LeadFixtures.territory(), PartnerTier.SILVER, 10);
		LeadId id = fixtures.create(fixtures.lead(empty));
		assertThat(fixtures.get(id).summary().status()).isEqualTo(LeadStatus.WITH_CHANNEL_MANAGER);
		var mail = Mails.awaitSubject(greenMail, "channel@rpm.example", "A lead needs a partner: " + fixtures.get(id).summary().companyName());
		assertThat(Mails.text(mail)).contains("Nobody meets the required area");

		RoutingProposal proposal = accounts.as("channel", () -> leads.proposal(id));
		assertThat(proposal.toChannelManager()).isTrue();
		assertThat(proposal.passedOver()).anySatisfy(p -> {
			assertThat(p.partner()).isEqualTo(chosen.id());
			assertThat(p.reason()).isEqualTo("does not meet the required area");
		});

		accounts.as("channel", () -> {
			leads.assign(id, chosen.id());
		});
		LeadDetails lead = fixtures.get(id);
		assertThat(lead.summary().partnerId()).isEqualTo(chosen.id());
		assertThat(lead.history()).extracting(RoutingStepView::action).contains(RoutingAction.ASSIGNED_BY_HAND);
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(chosen.rep()), "New lead from us");
	}

	@Test
	void aPartnerAtCapacityIsPassedOverForTheNextLead() {
		String region = LeadFixtures.territory();
		FreshPartner busy = fixtures.partner(region, PartnerTier.PLATINUM, 1);
		FreshPartner free = fixtures.partner(region, PartnerTier.SILVER, 10);
		assertThat(fixtures.get(fixtures.create(fixtures.lead(region))).summary().partnerId()).isEqualTo(busy.id());
		LeadId second = fixtures.create(fixtures.lead(region));
		assertThat(fixtures.get(second).summary().partnerId()).isEqualTo(free.id());
		assertThat(accounts.as("channel", () -> leads.proposal(second)).passedOver())
				.anySatisfy(p -> assertThat(p.reason()).isEqualTo("is at capacity (1 open leads)"));
	}

	@Test
	void aPartnerWhoseTypeTakesNoVendorLeadsIsPassedOverUntilTheVendorSaysItsTypeDoes() {
		String region = LeadFixtures.territory();
		String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		accounts.as("admin", () -> partnerTypes.add(code, new PartnerTypeDetails("Agency " + code, false, false)));
		FreshPartner agency = accounts.freshPartner(code, PartnerTier.GOLD, region);
		partnerDirectory.setUpRouting(agency.id(), new RoutingProfile(Set.of(), null, null, Set.of("lighthouse"),
				Set.of("healthcare"), Set.of(), 10, true));
		LeadId first = fixtures.create(fixtures.lead(region));
		assertThat(fixtures.get(first).summary().status()).isEqualTo(LeadStatus.WITH_CHANNEL_MANAGER);
		assertThat(accounts.as("channel", () -> leads.proposal(first)).passedOver())
				.anySatisfy(p -> assertThat(p.reason()).isEqualTo("its partner type (Agency " + code + ") takes no leads from the vendor"));

		accounts.as("admin", () -> partnerTypes.change(code, new PartnerTypeDetails("Agency " + code, true, false)));
		LeadId second = fixtures.create(fixtures.lead(region));
		assertThat(fixtures.get(second).summary().partnerId()).as("routing sees the change at once").isEqualTo(agency.id());
	}

	@Test
	void aCompanysUnexpiredCertificationCountsAsExpertiseForRouting() {
		String region = LeadFixtures.territory();
		FreshPartner lapsed = fixtures.partner(region, PartnerTier.GOLD, 10);
		FreshPartner uncertified = fixtures.partner(region, PartnerTier.GOLD, 10);
		FreshPartner certified = fixtures.partner(region, PartnerTier.GOLD, 10);
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
		accounts.as("channel", () -> {
			certifications.hold(lapsed.id(), "ISO 13485", today.minusDays(1));
			certifications.hold(certified.id(), "ISO 13485", today.plusDays(90));
		});
		NewLead plain = fixtures.lead(region);
		NewLead needingIt = new NewLead(plain.contact(), plain.latitude(), plain.longitude(), plain.product(), plain.industry(),
				"ISO 13485", plain.estimatedMrr(), plain.currency(), plain.notes());
		LeadId id = fixtures.create(needingIt);
		assertThat(fixtures.get(id).summary().partnerId()).as("the only one certified today").isEqualTo(certified.id());
		assertThat(partnerDirectory.routablePartners()).filteredOn(p -> p.id().equals(lapsed.id())).singleElement()
				.satisfies(p -> assertThat(p.profile().certifications()).as("expired yesterday").doesNotContain("iso 13485"));
		assertThat(partnerDirectory.routablePartners()).filteredOn(p -> p.id().equals(uncertified.id())).singleElement()
				.satisfies(p -> assertThat(p.profile().certifications()).isEmpty());
	}

	@Test
	void theScorecardIsKeptAsOffersEndAndAgreesWithTheOffersAndTheNightlyRecountRepairsDrift() {
		String region = LeadFixtures.territory();
		FreshPartner partner = fixtures.partner(region, PartnerTier.GOLD, 10);
		LeadId quick = fixtures.create(fixtures.lead(region));
		LeadId slower = fixtures.create(fixtures.lead(region));
		LeadId declined = fixtures.create(fixtures.lead(region));
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
		clock.advance(Duration.ofMinutes(90));
		accounts.as(partner.rep(), () -> leads.initiateContact(quick, new ContactInitiation(true, today, ContactType.CALL,
				"Called")));
		clock.advance(Duration.ofMinutes(60));
		accounts.as(partner.rep(), () -> leads.initiateContact(slower, new ContactInitiation(true, today, ContactType.CALL,
				"Called")));
		accounts.as(partner.rep(), () -> leads.decline(declined, "Not our region"));

		var card = accounts.as("channel", () -> scorecardOf(partner));
		assertThat(card.offers()).isEqualTo(3);
		assertThat(card.contacted()).isEqualTo(2);
		assertThat(card.declines()).isEqualTo(1);
		assertThat(card.medianHoursToContact()).as("90 and 150 minutes").isEqualTo(2.0);
		assertThat(scorecardTally.disagreements()).isEmpty();

		jdbc.update("update lead_scorecard set offers = offers + 5 where partner_id = ?", partner.id().value());
		jdbc.update("delete from lead_contact_minutes where partner_id = ?", partner.id().value());
		assertThat(scorecardTally.disagreements()).hasSize(3);
		scorecardTally.rebuild();
		assertThat(scorecardTally.disagreements()).isEmpty();
		assertThat(accounts.as("channel", () -> scorecardOf(partner))).isEqualTo(card);
	}

	@Test
	void makingContactInOneStepTurnsTheLeadIntoAnActiveOpportunityWithItsContactLog() throws Exception {
		String region = LeadFixtures.territory();
		FreshPartner partner = fixtures.partner(region, PartnerTier.GOLD, 10);
		LeadId id = fixtures.create(fixtures.lead(region));
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());

		var unchecked = rep.perform(post("/lead-routing/" + id + "/contact").with(csrf()).param("contactInitiatedOn", today.toString())
				.param("contactType", "CALL").param("summary", "Called Lena"));
		assertThat(unchecked.getFlashMap().get("problem")).asString().contains("Check off the action");
		assertThat(fixtures.get(id).summary().status()).as("nothing saved").isEqualTo(LeadStatus.OFFERED);

		var done = rep.perform(post("/lead-routing/" + id + "/contact").with(csrf()).param("actionChecked", "true")
				.param("contactInitiatedOn", today.toString()).param("contactType", "CALL")
				.param("summary", "Called Lena; demo booked for Thursday"));
		String location = done.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/registrations/");

		LeadSummary lead = fixtures.get(id).summary();
		assertThat(lead.status()).isEqualTo(LeadStatus.WORKING);
		RegistrationId opportunity = new RegistrationId(lead.registrationId());
		assertThat(location).endsWith(opportunity.toString());
		var details = accounts.as(partner.rep(), () -> registrations.get(opportunity));
		assertThat(details.summary().status()).isEqualTo(RegistrationStatus.ACTIVE);
		assertThat(details.summary().contactInitiatedOn()).isEqualTo(today);
		assertThat(details.contactLog()).singleElement().satisfies(e -> assertThat(e.summary()).isEqualTo("Called Lena; demo booked for Thursday"));
		assertThat(details.opportunitySource()).isEqualTo("VENDOR_LEAD");
		assertThat(details.history()).as("made at one moment, shown in the order made").extracting(h -> h.to())
				.containsExactly(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE);
		assertThat(details.partners()).singleElement().satisfies(p -> assertThat(p.role().name()).isEqualTo("CO_SELL"));
		assertThat(rep.perform(get("/contacts")).getResponse().getContentAsString()).contains(lead.companyName());

		var card = accounts.as(partner.rep(), () -> leads.scorecards(0, 10)).content();
		assertThat(card).singleElement().satisfies(c -> {
			assertThat(c.contacted()).isEqualTo(1);
			assertThat(c.misses()).isZero();
			assertThat(c.medianHoursToContact()).isNotNull();
		});
	}

	@Test
	void theLeadClosesWhenTheOpportunityItBecameIsLost() throws Exception {
		String region = LeadFixtures.territory();
		FreshPartner partner = fixtures.partner(region, PartnerTier.GOLD, 10);
		LeadId id = fixtures.create(fixtures.lead(region));
		RegistrationId opportunity = accounts.as(partner.rep(), () -> leads.initiateContact(id, new ContactInitiation(true,
				LocalDate.ofInstant(clock.instant(), calendar.zone()), ContactType.EMAIL, "Wrote to Lena")));
		accounts.as(partner.rep(), () -> {
			deals.markLost(opportunity, "Chose a competitor");
		});
		for (int i = 0; i < 100 && fixtures.get(id).summary().status() != LeadStatus.CLOSED; i++) {
			Thread.sleep(100);
		}
		assertThat(fixtures.get(id).summary().status()).isEqualTo(LeadStatus.CLOSED);
	}

	@Test
	void aCompanyAPartnerHasRegisteredOrAContactWithoutValidConsentCannotBeALead() {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		registrationFixtures.register(partner.rep(), prospect, "lighthouse");
		NewLead taken = fixtures.lead("NS", prospect.company());
		assertThatThrownBy(() -> fixtures.create(taken)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo("contact.companyName"));

		NewLead lead = fixtures.lead("NS");
		var c = lead.contact();
		var expired = new NewContact(c.firstName(), c.lastName(), c.email(), c.phone(), c.companyName(),
				c.website(), c.street(), c.city(), c.region(), c.postalCode(), c.country(),
				ConsentType.IMPLIED, ImpliedConsentBasis.INQUIRY,
				LocalDate.now(clock).minusMonths(7), c.consentObtainedHow(), LocalDate.now(clock).minusMonths(7),
				c.consentObtainedBy());
		assertThatThrownBy(() -> fixtures.create(new NewLead(expired, null, null, "lighthouse", null, null, lead.estimatedMrr(),
				"CAD", "x"))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.getMessage()).contains("expired"));
	}

	@Test
	void theApiNamesEachBadFieldAndAPartnerCannotEnterLeads() throws Exception {
		String token = accounts.apiToken("channel");
		String body = mvc.perform(post("/api/v1/leads").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"contact":{"firstName":"Lena","email":"not-an-email"},"product":"lighthouse","estimatedMrr":-5,"currency":"CAD","notes":"x"}"""))
				.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("\"field\":\"contact.email\"").contains("\"field\":\"contact.lastName\"")
				.contains("\"field\":\"estimatedMrr\"").doesNotContain("Exception");

		int status = mvc.perform(post("/api/v1/leads").header("Authorization", "Bearer " + accounts.apiToken("northwind.rep"))
				.contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus();
		assertThat(status).isIn(400, 403);
	}

	@Test
	void aCsvFileEntersEveryLeadOrNoneAndNamesEachBadRowAndColumn() throws Exception {
		String region = LeadFixtures.territory();
		FreshPartner partner = fixtures.partner(region, PartnerTier.GOLD, 10);
		String header = String.join(",", LeadCsv.COLUMNS.keySet());
		String good = "Csv Clinic %s Inc.,Lena,Lead,lena@csv%s.example,+1 902 555 0199,www.csv%s.example,1 Main St,Halifax,%s,,CA,,,"
				+ "lighthouse,healthcare,,900.00,CAD,\"Met us at a fair, wants a call\",EXPRESS,,,Booth,%s,Casey\n";
		String a = UUID.randomUUID().toString().substring(0, 6);
		String b = UUID.randomUUID().toString().substring(0, 6);
		String today = LocalDate.now(clock).toString();
		String bad = header + "\n" + good.formatted(a, a, a, region, today)
				+ "Broken Co,Lena,Lead,not-an-email,+1 902 555 0198,www.broken.example,1 Main St,Halifax," + region
				+ ",,CA,,,lighthouse,,,lots,CAD,notes,MAYBE,,,Booth," + today + ",Casey\n";

		var result = accounts.as("channel", () -> leads.importCsv(new ByteArrayInputStream(bad.getBytes())));
		assertThat(result.created()).isZero();
		assertThat(result.problems()).extracting(p -> p.row() + ":" + p.field())
				.contains("3:estimated_mrr", "3:consent_type");
		assertThat(count("Csv Clinic " + a)).as("nothing entered").isZero();

		String fixed = header + "\n" + good.formatted(a, a, a, region, today) + good.formatted(b, b, b, region, today);
		var created = accounts.as("channel", () -> leads.importCsv(new ByteArrayInputStream(fixed.getBytes())));
		assertThat(created.created()).isEqualTo(2);
		assertThat(count("Csv Clinic " + a)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from lead where company_name like ? and partner_id = ?", Integer.class,
				"Csv Clinic " + b + "%", partner.id().value())).as("routed").isOne();

		var binary = accounts.as("channel", () -> leads.importCsv(new ByteArrayInputStream(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 })));
		assertThat(binary.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not a CSV"));
		var unknown = accounts.as("channel", () -> leads.importCsv(new ByteArrayInputStream((header + ",industy\n").getBytes())));
		assertThat(unknown.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("industy"));
	}

	@Test
	void theNewLeadPageNamesEachBadFieldAndRoutesAGoodLead() throws Exception {
		WebSession channel = WebSession.loggedIn(mvc, "channel");
		assertThat(channel.perform(get("/lead-routing/new")).getResponse().getStatus()).isEqualTo(200);
		var bad = channel.perform(post("/lead-routing/new").with(csrf()).param("contact.firstName", "Lena")
				.param("contact.email", "nope").param("product", "lighthouse").param("estimatedMrr", "100"));
		String page = bad.getResponse().getContentAsString();
		assertThat(page).contains("field-error").contains("must be a well-formed email address").doesNotContain("Exception");

		String region = LeadFixtures.territory();
		FreshPartner partner = fixtures.partner(region, PartnerTier.GOLD, 10);
		NewLead lead = fixtures.lead(region);
		var c = lead.contact();
		var good = channel.perform(post("/lead-routing/new").with(csrf()).param("contact.firstName", c.firstName())
				.param("contact.lastName", c.lastName()).param("contact.email", c.email()).param("contact.phone", c.phone())
				.param("contact.companyName", c.companyName()).param("contact.website", c.website())
				.param("contact.street", c.street()).param("contact.city", c.city()).param("contact.region", c.region())
				.param("contact.country", "CA").param("contact.consentType", "EXPRESS")
				.param("contact.consentObtainedHow", "Web form").param("contact.consentObtainedOn", LocalDate.now(clock).toString())
				.param("contact.consentObtainedBy", "Casey").param("product", "lighthouse").param("industry", "healthcare")
				.param("estimatedMrr", "800").param("currency", "CAD").param("notes", "Wants a call"));
		assertThat(good.getResponse().getRedirectedUrl()).startsWith("/lead-routing/");
		assertThat(jdbc.queryForObject("select partner_id from lead where company_name = ?", UUID.class, c.companyName()))
				.isEqualTo(partner.id().value());
	}

	@Test
	void theImportPageListsTheProblemsAndTheTemplateDownloads() throws Exception {
		WebSession channel = WebSession.loggedIn(mvc, "channel");
		var template = channel.perform(get("/lead-routing/import/template.csv"));
		assertThat(template.getResponse().getContentAsString()).startsWith("company,first_name");
		var file = new MockMultipartFile("file", "leads.csv", "text/csv", "company\nx\n".getBytes());
		var page = channel.perform(MockMvcRequestBuilders.multipart("/lead-routing/import")
				.file(file).with(csrf()));
		assertThat(page.getResponse().getContentAsString()).contains("import-problems").contains("This column is missing");
	}

	private long count(String companyPrefix) {
		return jdbc.queryForObject("select count(*) from lead where company_name like ?", Long.class, companyPrefix + "%");
	}

	private List<RoutingAction> history(LeadId id) {
		return fixtures.get(id).history().stream().map(RoutingStepView::action).toList();
	}

	private LeadScorecard scorecardOf(FreshPartner partner) {
		for (int page = 0;; page++) {
			var cards = leads.scorecards(page, 100);
			var found = cards.content().stream().filter(c -> c.partnerId().equals(partner.id())).findFirst();
			if (found.isPresent() || !cards.hasNext()) {
				return found.orElseThrow();
			}
		}
	}

	private void changeSettings(LeadSettingsView settings) {
		accounts.as("admin", () -> {
			leads.changeSettings(settings);
		});
	}

	private static LeadSettingsView withTimeout(LeadSettingsView s, OnTimeout onTimeout) {
		return new LeadSettingsView(s.tierMode(), s.minimumTier(), s.territoryMode(), s.maxDistanceKm(), s.expertiseMode(),
				s.contactWorkingDays(), s.reminderHours(), onTimeout);
	}
}
