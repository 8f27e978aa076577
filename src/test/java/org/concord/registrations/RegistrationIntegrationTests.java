package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import java.util.UUID;
import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.icegreen.greenmail.util.GreenMail;

@ConcordIntegrationTest
class RegistrationIntegrationTests {

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLists registrationLists;

	@Autowired
	RegistrationSettings registrationSettings;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Deals deals;

	@Autowired
	MockMvc mvc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFirstRegistrationWinsAndTheSecondPartnerLearnsOnlyThatItIsRegistered() throws Exception {
		var first = accounts.freshPartner();
		var second = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		assertThat(fixtures.register(first.rep(), prospect, "cube").status()).isEqualTo(RegistrationStatus.SUBMITTED);

		var contact = fixtures.contact(second.rep(), prospect.withCompany("THE " + prospect.company().replace(" Inc.", ", LLC")));
		String token = accounts.apiToken(second.rep());
		String body = mvc.perform(post("/api/v1/registrations").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content(json(fixtures.opportunity(second.rep(), contact, "cube"))))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.alreadyRegistered").value(true))
				.andExpect(jsonPath("$.status").value("REJECTED"))
				.andExpect(jsonPath("$.message").value("This opportunity is already registered."))
				.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(first.id().toString()).doesNotContain(first.rep());

		String id = JsonPath.read(body, "$.id");
		String details = mvc.perform(get("/api/v1/registrations/" + id).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(details).contains("ALREADY_REGISTERED").doesNotContain(first.id().toString()).doesNotContain(first.rep());
	}

	@Test
	void aMatchOnDomainEmailOrPhoneIsAlsoADuplicate() {
		var first = accounts.freshPartner();
		var second = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		fixtures.register(first.rep(), prospect, "lighthouse");

		Prospect other = Prospect.fresh();
		assertThat(fixtures.register(second.rep(), new Prospect(other.company(), prospect.website(), other.email(), other.phone()), "lighthouse")
				.alreadyRegistered()).as("same web domain").isTrue();
		assertThat(fixtures.register(second.rep(), new Prospect(Prospect.fresh().company(), "www.x" + other.website().substring(4),
				"someone@" + prospect.website().substring(4), Prospect.fresh().phone()), "lighthouse").alreadyRegistered())
				.as("e-mail domain equals the web domain").isTrue();
		Prospect third = Prospect.fresh();
		assertThat(fixtures.register(second.rep(), new Prospect(third.company(), third.website(), third.email(), prospect.phone()), "lighthouse")
				.alreadyRegistered()).as("same phone").isTrue();
	}

	@Test
	void freeMailDomainsAndOtherProductsDoNotMatch() {
		var first = accounts.freshPartner();
		var second = accounts.freshPartner();
		Prospect a = Prospect.fresh();
		Prospect b = Prospect.fresh();
		fixtures.register(first.rep(), new Prospect(a.company(), a.website(), "ann." + a.phone().hashCode() + "@gmail.com", a.phone()), "quartz");
		assertThat(fixtures.register(second.rep(), new Prospect(b.company(), b.website(), "bob." + b.phone().hashCode() + "@gmail.com", b.phone()), "quartz")
				.alreadyRegistered()).isFalse();
		assertThat(fixtures.register(second.rep(), a, "cube").alreadyRegistered()).as("another product").isFalse();
	}

	@Test
	void aCloseNameIsFlaggedForTheReviewerAndNotAutoApproved() {
		accounts.as("admin", () -> {
			registrationSettings.change(new RegistrationSettingsView(true, 48, 120, "75,105", 30));
		});
		try {
			var first = accounts.freshPartner();
			var second = accounts.freshPartner();
			String base = "Zephyrine Safety Consulting " + UUID.randomUUID().toString().substring(0, 4);
			Prospect prospect = Prospect.fresh().withCompany(base);
			assertThat(fixtures.register(first.rep(), prospect, "cube").status()).as("auto-approved").isEqualTo(RegistrationStatus.APPROVED);

			var similar = fixtures.register(second.rep(), Prospect.fresh().withCompany(base + "s"), "cube");
			assertThat(similar.alreadyRegistered()).isFalse();
			assertThat(similar.status()).isEqualTo(RegistrationStatus.SUBMITTED);
			assertThat(accounts.as("channel", () -> registrations.get(similar.id())).reviewFlag()).contains("resembles");
			assertThat(accounts.as(second.rep(), () -> registrations.get(similar.id())).reviewFlag()).isNull();
		}
		finally {
			accounts.as("admin", () -> {
				registrationSettings.change(new RegistrationSettingsView(false, 48, 120, "75,105", 30));
			});
		}
	}

	@Test
	void theFormNamesEachMissingOrWrongField() throws Exception {
		var partner = accounts.freshPartner();
		String token = accounts.apiToken(partner.rep());
		mvc.perform(post("/api/v1/registrations").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"assignment\":\"PARTNER_WORKING\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'contactId')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'product')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'estimatedMrr')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'expectedCloseDate')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'stage')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'notes')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'opportunitySource')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'partnerProvidingId')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'partnerRepProvidingId')]").exists());

		var contact = fixtures.contact(partner.rep(), Prospect.fresh());
		Opportunity base = fixtures.opportunity(partner.rep(), contact, "cube");
		Opportunity noRep = new Opportunity(base.contactId(), "cube", base.estimatedMrr(), "CAD", base.expectedCloseDate(),
				base.stage(), base.notes(), Assignment.PARTNER_WORKING, base.partnerAssignedId(), null, "WEB",
				base.partnerProvidingId(), base.partnerRepProvidingId());
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> registrations.submit(noRep)))
				.isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
				.isEqualTo("partnerRepAssignedId");

		Opportunity toVendor = new Opportunity(base.contactId(), "cube", base.estimatedMrr(), "CAD", base.expectedCloseDate(),
				base.stage(), base.notes(), Assignment.ASSIGNED_TO_VENDOR, null, null, "WEB", base.partnerProvidingId(),
				base.partnerRepProvidingId());
		assertThat(accounts.as(partner.rep(), () -> registrations.submit(toVendor)).status()).isEqualTo(RegistrationStatus.SUBMITTED);

		var other = accounts.freshPartner();
		Opportunity foreignRep = new Opportunity(base.contactId(), "quartz", base.estimatedMrr(), "CAD", base.expectedCloseDate(),
				base.stage(), base.notes(), Assignment.ASSIGNED_TO_VENDOR, null, null, "WEB", base.partnerProvidingId(),
				accounts.idOf(other.rep()));
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> registrations.submit(foreignRep)))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("partnerRepProvidingId");

		Opportunity pastClose = new Opportunity(base.contactId(), "quartz", base.estimatedMrr(), "CAD", LocalDate.now(clock).minusDays(2),
				base.stage(), base.notes(), Assignment.ASSIGNED_TO_VENDOR, null, null, "WEB", base.partnerProvidingId(),
				base.partnerRepProvidingId());
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> registrations.submit(pastClose)))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("expectedCloseDate");

		var foreignContact = fixtures.contact(other.rep(), Prospect.fresh());
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> registrations.submit(fixtures.opportunity(partner.rep(), foreignContact, "cube"))))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("contactId");
	}

	@Test
	void approvalProtectsFor120DaysAndThePartnerIsToldByMailAndInThePortal() throws Exception {
		var partner = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		accounts.as("channel", () -> {
			registrations.approve(submission.id());
		});
		var summary = accounts.as(partner.rep(), () -> registrations.get(submission.id())).summary();
		assertThat(summary.status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(Duration.between(summary.decidedAt(), summary.protectedUntil())).isEqualTo(Duration.ofDays(120));

		var mail = Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), "is approved");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@cubedms.com");
		assertThat(Mails.text(mail)).contains("is approved").contains("/registrations/" + submission.id());
		assertThat(jdbc.queryForObject("select count(*) from portal_notification where recipient_id = ? and message like '%approved%'",
				Integer.class, accounts.idOf(partner.rep()))).isOne();
	}

	@Test
	void aRejectionNeedsAReasonAndFreesTheOpportunityForOthers() {
		var first = accounts.freshPartner();
		var second = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.register(first.rep(), prospect, "quartz");
		assertThatThrownBy(() -> accounts.as("channel", () -> {
			registrations.reject(submission.id(), null, null);
		})).isInstanceOf(InvalidInputException.class);
		accounts.as("channel", () -> {
			registrations.reject(submission.id(), RejectionReason.CANNOT_CONTACT, null);
		});
		var mail = Mails.awaitSubject(greenMail, TestAccounts.emailOf(first.rep()), "not accepted");
		assertThat(Mails.text(mail)).contains(RejectionReason.CANNOT_CONTACT.label());

		assertThat(fixtures.register(second.rep(), prospect, "quartz").alreadyRegistered()).isFalse();
	}

	@Test
	void aPartnerCannotDecideAndAnotherPartnerCannotSeeTheRegistration() throws Exception {
		var partner = accounts.freshPartner();
		var other = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		mvc.perform(post("/api/v1/registrations/" + submission.id() + "/decision").header("Authorization", "Bearer " + accounts.apiToken(partner.admin()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/registrations/" + submission.id()).header("Authorization", "Bearer " + accounts.apiToken(other.admin())))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/registrations/" + submission.id() + "/contact-log").header("Authorization", "Bearer " + accounts.apiToken(other.rep()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"contactedOn\":\"2026-01-05\",\"type\":\"CALL\",\"summary\":\"x\"}"))
				.andExpect(status().isNotFound());
		String list = mvc.perform(get("/api/v1/registrations").param("size", "100").header("Authorization", "Bearer " + accounts.apiToken(other.rep())))
				.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(submission.id().toString());
	}

	@Test
	void overdueRegistrationsStandOutAndTheSlaReportCountsThem() {
		var partner = accounts.freshPartner();
		var late = fixtures.register(partner.rep(), Prospect.fresh(), "lighthouse");
		var before = accounts.as("channel", () -> pipeline.slaReport(clock.instant().minus(Duration.ofDays(1))));
		clock.advance(Duration.ofHours(49));
		var queue = accounts.as("channel", () -> registrationLists.reviewQueue(0, 100));
		assertThat(queue.content()).filteredOn(r -> r.id().equals(late.id())).singleElement()
				.satisfies(r -> assertThat(r.overdue(clock.instant())).isTrue());
		var after = accounts.as("channel", () -> pipeline.slaReport(clock.instant().minus(Duration.ofDays(3))));
		assertThat(after.due()).isGreaterThan(after.decidedInTime());
		assertThat(before.share()).isBetween(0.0, 1.0);

		var onTime = fixtures.register(partner.rep(), Prospect.fresh(), "lighthouse");
		accounts.as("channel", () -> {
			registrations.approve(onTime.id());
		});
		var withDecision = accounts.as("channel", () -> pipeline.slaReport(clock.instant().minus(Duration.ofMinutes(1))));
		assertThat(withDecision.decidedInTime()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theContactLogMakesTheOpportunityActiveAndTheDealsRoomShowsItsValue() throws Exception {
		var partner = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		accounts.as("channel", () -> {
			registrations.approve(submission.id());
		});
		String token = accounts.apiToken(partner.rep());
		mvc.perform(post("/api/v1/registrations/" + submission.id() + "/contact-log").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactedOn\":\"" + LocalDate.now(clock) + "\",\"type\":\"MEETING\",\"summary\":\"Met the COO\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.summary.status").value("ACTIVE"))
				.andExpect(jsonPath("$.summary.contactInitiatedOn").value(LocalDate.now(clock).toString()))
				.andExpect(jsonPath("$.contactLog[0].summary").value("Met the COO"));

		var stages = accounts.as(partner.rep(), () -> pipeline.all());
		assertThat(stages).singleElement().satisfies(stage -> {
			assertThat(stage.stage()).isEqualTo(Stage.QUALIFIED);
			assertThat(stage.mrr().amount()).isEqualByComparingTo(new BigDecimal("1250.00"));
		});
	}

	@Test
	void aReturnedRegistrationIsAnsweredAndGoesBackToTheQueue() {
		var partner = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		accounts.as("channel", () -> {
			registrations.returnForInformation(submission.id(), "Who decides?");
		});
		assertThat(accounts.as(partner.rep(), () -> registrations.get(submission.id())).summary().status()).isEqualTo(RegistrationStatus.RETURNED);
		accounts.as(partner.rep(), () -> {
			registrations.resubmit(submission.id(), "The COO decides.");
		});
		assertThat(accounts.as("channel", () -> registrationLists.reviewQueue(0, 100)).content())
				.anyMatch(r -> r.id().equals(submission.id()));
	}

	@Test
	void aLostOpportunityIsOpenAgainAndAWonOneStaysProtected() {
		var first = accounts.freshPartner();
		var second = accounts.freshPartner();
		Prospect lostOne = Prospect.fresh();
		Prospect wonOne = Prospect.fresh();
		var lost = fixtures.register(first.rep(), lostOne, "quartz");
		var won = fixtures.register(first.rep(), wonOne, "quartz");
		accounts.as("channel", () -> {
			registrations.approve(lost.id());
			registrations.approve(won.id());
		});
		accounts.as(first.rep(), () -> {
			deals.markLost(lost.id(), "Budget frozen");
			deals.markWon(won.id(), null);
		});
		assertThat(fixtures.register(second.rep(), lostOne, "quartz").alreadyRegistered()).isFalse();
		assertThat(fixtures.register(second.rep(), wonOne, "quartz").alreadyRegistered()).isTrue();
	}

	@Test
	void theSettingsAreValidatedAndARetiredSourceIsNoLongerOffered() throws Exception {
		String admin = accounts.apiToken("admin");
		mvc.perform(MockMvcRequestBuilders.put("/api/v1/registration-settings")
				.header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"autoApprove\":false,\"approvalSlaHours\":48,\"protectionDays\":60,\"warningDays\":\"75,105\",\"renewalActivityDays\":30}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("warningDays"));
		assertThat(registrationSettings.current().protectionDays()).isEqualTo(120);

		String label = "Webinar " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/api/v1/opportunity-sources").header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"" + label + "\"}")).andExpect(status().isCreated());
		String code = label.toUpperCase().replace(' ', '_');
		assertThat(registrationSettings.opportunitySources()).extracting(OpportunitySourceView::code).contains(code);
		mvc.perform(post("/api/v1/opportunity-sources/" + code + "/retirement").header("Authorization", "Bearer " + admin))
				.andExpect(status().isNoContent());
		assertThat(registrationSettings.opportunitySources()).extracting(OpportunitySourceView::code).doesNotContain(code);

		var partner = accounts.freshPartner();
		var contact = fixtures.contact(partner.rep(), Prospect.fresh());
		Opportunity base = fixtures.opportunity(partner.rep(), contact, "cube");
		Opportunity retiredSource = new Opportunity(base.contactId(), "cube", base.estimatedMrr(), "CAD", base.expectedCloseDate(),
				base.stage(), base.notes(), base.assignment(), base.partnerAssignedId(), base.partnerRepAssignedId(), code,
				base.partnerProvidingId(), base.partnerRepProvidingId());
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> registrations.submit(retiredSource)))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("opportunitySource");
	}

	@Test
	void theAuditLogRecordsWhoDecidedAndClosedARegistration() {
		var partner = accounts.freshPartner();
		var deal = fixtures.approved(partner.rep(), Prospect.fresh());
		accounts.as(partner.rep(), () -> deals.markLost(deal.id(), "Budget frozen"));
		assertThat(jdbc.queryForList("select actor, action, detail from audit_entry where subject = ? order by occurred_at, action",
				deal.id().toString())).extracting(row -> row.get("ACTOR") + " " + row.get("ACTION") + ": " + row.get("DETAIL"))
				.hasSize(2).anySatisfy(line -> assertThat(line).startsWith("channel REGISTRATION_APPROVED: protected until "))
				.contains(partner.rep() + " REGISTRATION_LOST: Budget frozen");
	}

	private static String json(Opportunity o) {
		return """
				{"contactId":"%s","product":"%s","estimatedMrr":%s,"currency":"%s","expectedCloseDate":"%s","stage":"%s",
				 "notes":"%s","assignment":"%s","partnerAssignedId":"%s","partnerRepAssignedId":"%s","opportunitySource":"%s",
				 "partnerProvidingId":"%s","partnerRepProvidingId":"%s"}""".formatted(o.contactId(), o.product(), o.estimatedMrr(),
				o.currency(), o.expectedCloseDate(), o.stage(), o.notes(), o.assignment(), o.partnerAssignedId(),
				o.partnerRepAssignedId(), o.opportunitySource(), o.partnerProvidingId(), o.partnerRepProvidingId());
	}
}