package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.IntegrationKeys;
import org.concord.identity.TestAccounts;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Recruitment as its users walk it: a company applies on a brand's public form or is sent by the vendor's own
 * system with an integration key; duplicates and existing partners are caught by the registrations' matching; the
 * channel team moves it along and converts it into a partner with its first admin invited, in one step.
 */
@ConcordIntegrationTest
class ProspectTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Prospects prospects;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Onboarding onboarding;

	@Autowired
	IntegrationKeys keys;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private WebSession visitor(String host, String address) {
		return new WebSession(mvc, host, address);
	}

	private static NewProspect prospect(String company, String email, String website) {
		return new NewProspect(company, "Dana Price", email, "+1 902 555 " + (1000 + Math.abs(company.hashCode() % 9000)),
				website, "CA", "NS", "Halifax", 25, "RESELLER", "We resell safety software.");
	}

	private MvcResult apply(WebSession visitor, String company, String email, String honeypot) throws Exception {
		return visitor.perform(post("/apply").with(csrf()).param("companyName", company).param("contactName", "Dana Price")
				.param("email", email).param("country", "CA").param("region", "NS").param("employees", "25")
				.param("interestedType", "RESELLER").param("website", "https://" + email.substring(email.indexOf('@') + 1))
				.param("fax", honeypot));
	}

	private ProspectView byEmail(String email) {
		UUID id = jdbc.queryForObject("select id from prospect where email = ?", UUID.class, email);
		return accounts.as("channel", () -> prospects.get(id));
	}

	@Test
	void aCompanyAppliesOnABrandsPublicFormAndIsToldWeHaveIt() throws Exception {
		String u = unique();
		String email = "dana@kestrel-" + u + ".example";
		WebSession visitor = visitor("cube.localhost", "10.9.1." + (u.hashCode() & 0x7f));

		MvcResult form = visitor.perform(get("/apply"));
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(form.getResponse().getContentAsString()).contains("Become a CubeDMS partner").contains("name=\"fax\"");

		MvcResult sent = apply(visitor, "Kestrel Safety " + u, email, "");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/apply?sent");
		ProspectView prospect = byEmail(email);
		assertThat(prospect.source()).isEqualTo(ProspectSource.FORM);
		assertThat(prospect.brand()).isEqualTo("cube");
		assertThat(prospect.stage()).isEqualTo(ProspectStage.NEW);
		assertThat(prospect.ownerId()).isNull();
		var mail = Mails.awaitLatestTo(greenMail, email);
		assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@cubedms.com");
		assertThat(mail.getSubject()).contains("CubeDMS partner program");
		assertThat(Mails.text(mail)).contains("Dana Price").contains("Kestrel Safety " + u);
	}

	@Test
	void aRobotThatFillsTheHoneypotIsThankedAndNothingIsKept() throws Exception {
		String email = "robot@spam-" + unique() + ".example";
		MvcResult sent = apply(visitor("lighthouse.localhost", "10.9.2.1"), "Spam Co " + unique(), email, "+1 555 0100");
		assertThat(sent.getResponse().getRedirectedUrl()).as("told the same as anyone").isEqualTo("/apply?sent");
		assertThat(jdbc.queryForObject("select count(*) from prospect where email = ?", Integer.class, email)).isZero();
	}

	@Test
	void aFormWithMistakesNamesTheFieldsAndKeepsWhatWasTyped() throws Exception {
		MvcResult bad = visitor("lighthouse.localhost", "10.9.3.1").perform(post("/apply").with(csrf())
				.param("companyName", "").param("contactName", "Dana Price").param("email", "not-an-address")
				.param("country", "Canada").param("employees", "many").param("message", "Kept as typed"));
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		String page = bad.getResponse().getContentAsString();
		assertThat(page).contains("Enter a whole number.").doesNotContain("Exception");
		MvcResult bad2 = visitor("lighthouse.localhost", "10.9.3.1").perform(post("/apply").with(csrf())
				.param("companyName", "").param("contactName", "Dana Price").param("email", "not-an-address")
				.param("country", "Canada").param("message", "Kept as typed"));
		String page2 = bad2.getResponse().getContentAsString();
		assertThat(page2).contains("use the two-letter country code").contains("Kept as typed").contains("must not be blank");
	}

	@Test
	void oneClientAddressMayApplyFiveTimesAnHour() throws Exception {
		WebSession visitor = visitor("lighthouse.localhost", "10.9.4." + (unique().hashCode() & 0x7f));
		for (int i = 0; i < 5; i++) {
			String email = "applicant" + i + "@firm-" + unique() + ".example";
			assertThat(apply(visitor, "Firm " + unique(), email, "").getResponse().getRedirectedUrl()).isEqualTo("/apply?sent");
		}
		String sixth = "applicant6@firm-" + unique() + ".example";
		MvcResult refused = apply(visitor, "Firm " + unique(), sixth, "");
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getContentAsString()).contains("several applications from here");
		assertThat(jdbc.queryForObject("select count(*) from prospect where email = ?", Integer.class, sixth)).isZero();
		assertThat(apply(visitor("lighthouse.localhost", "10.9.5." + (unique().hashCode() & 0x7f)), "Firm " + unique(),
				"other@firm-" + unique() + ".example", "").getResponse().getRedirectedUrl()).as("another address")
				.isEqualTo("/apply?sent");
		clock.advance(Duration.ofHours(2));
		assertThat(apply(visitor, "Firm " + unique(), "later@firm-" + unique() + ".example", "").getResponse()
				.getRedirectedUrl()).as("an hour later").isEqualTo("/apply?sent");
	}

	@Test
	void aProspectThatIsAlreadyAPartnerOrAnotherProspectIsCaughtByTheRegistrationsMatching() {
		ProspectView partnerAgain = accounts.as("channel", () -> prospects.add(prospect("Northwind Safety Consulting Inc.",
				"ops@gmail.com", null)));
		assertThat(partnerAgain.matchNote()).contains("Already a partner: Northwind Safety Consulting (same name)");

		ProspectView byDomain = accounts.as("channel", () -> prospects.add(prospect("NW Group " + unique(),
				"pat@mail.northwind.example", null)));
		assertThat(byDomain.matchNote()).contains("Already a partner: Northwind Safety Consulting (same web domain)");

		String u = unique();
		ProspectView first = accounts.as("channel", () -> prospects.add(prospect("Osprey Systems " + u, "lee@osprey-" + u + ".example", null)));
		assertThat(first.matchNote()).isNull();
		ProspectView lookalike = accounts.as("channel", () -> prospects.add(prospect("Ospray Systems " + u, "kim@other-" + u + ".example", null)));
		assertThat(lookalike.matchNote()).contains("Also a prospect: Osprey Systems " + u + " (similar name)");
		assertThat(accounts.as("channel", () -> prospects.matches(UUID.fromString(first.id()))))
				.extracting(CompanyMatch::id).containsExactly(lookalike.id());
	}

	@Test
	void theChannelTeamMovesAProspectAlongAndEveryStepIsInItsHistory() {
		ProspectView p = accounts.as("channel", () -> prospects.add(prospect("Heron Works " + unique(), "a@heron-" + unique() + ".example", null)));
		UUID id = UUID.fromString(p.id());
		accounts.as("channel", () -> prospects.move(id, ProspectStage.QUALIFIED, null));
		accounts.as("channel", () -> prospects.log(id, "call", "Talked to the owner; keen on reselling"));
		assertThatThrownBy(() -> accounts.as("channel", () -> prospects.move(id, ProspectStage.ONBOARDING, null)))
				.isInstanceOf(ConflictingRequestException.class).hasMessageContaining("by being converted");
		assertThatThrownBy(() -> accounts.as("channel", () -> prospects.move(id, ProspectStage.DECLINED, " ")))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> accounts.as("channel", () -> prospects.log(id, "fax", "?")))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("kind"));
		accounts.as("channel", () -> prospects.move(id, ProspectStage.DECLINED, "Competes with a platinum partner"));
		assertThatThrownBy(() -> accounts.as("channel", () -> prospects.move(id, ProspectStage.AGREEMENT, null)))
				.as("declined: taken up again as New only").isInstanceOf(ConflictingRequestException.class);
		accounts.as("channel", () -> prospects.move(id, ProspectStage.NEW, "They changed their focus"));

		assertThat(accounts.as("channel", () -> prospects.history(id))).extracting(ProspectEntryView::kind, ProspectEntryView::text)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("STAGE", "They changed their focus"),
						org.assertj.core.groups.Tuple.tuple("STAGE", "Competes with a platinum partner"),
						org.assertj.core.groups.Tuple.tuple("CALL", "Talked to the owner; keen on reselling"),
						org.assertj.core.groups.Tuple.tuple("STAGE", null),
						org.assertj.core.groups.Tuple.tuple("CREATED", "Channel team"));
		assertThat(accounts.as("channel", () -> prospects.history(id))).extracting(ProspectEntryView::by).containsOnly("Casey Channel");
	}

	@Test
	void convertingAQualifiedProspectCreatesThePartnerStartsOnboardingAndInvitesItsAdminInOneStep() throws Exception {
		String u = unique();
		ProspectView p = accounts.as("channel", () -> prospects.add(prospect("Plover Safety " + u, "sam@plover-" + u + ".example",
				"https://plover-" + u + ".example")));
		UUID id = UUID.fromString(p.id());
		Conversion conversion = new Conversion("Plover Safety " + u, "RESELLER", PartnerTier.BRONZE, "plover.admin." + u,
				"sam@plover-" + u + ".example", "Sam Plover", false);
		assertThatThrownBy(() -> accounts.as("channel", () -> prospects.convert(id, conversion)))
				.as("a New prospect is qualified first").isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("stage"));
		accounts.as("channel", () -> prospects.move(id, ProspectStage.QUALIFIED, null));

		Conversion taken = new Conversion("Plover Safety " + u, "RESELLER", PartnerTier.BRONZE, "northwind.admin",
				"sam@plover-" + u + ".example", "Sam Plover", false);
		assertThatThrownBy(() -> accounts.as("channel", () -> prospects.convert(id, taken)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("username"));
		assertThat(jdbc.queryForObject("select count(*) from partner_company where name = ?", Integer.class, "Plover Safety " + u))
				.as("a refused invitation undoes the whole conversion").isZero();
		assertThat(accounts.as("channel", () -> prospects.get(id)).stage()).isEqualTo(ProspectStage.QUALIFIED);

		PartnerId partner = accounts.as("channel", () -> prospects.convert(id, conversion));

		PartnerSummary created = accounts.as("channel", () -> partners.get(partner));
		assertThat(created.name()).isEqualTo("Plover Safety " + u);
		assertThat(created.type()).isEqualTo("RESELLER");
		assertThat(created.region()).isEqualTo("NS");
		assertThat(created.accountManagerId()).as("the prospect's owner looks after it").isEqualTo(accounts.idOf("channel"));
		assertThat(accounts.as("channel", () -> onboarding.checklist(partner))).isNotEmpty();
		var invitation = Mails.awaitLatestTo(greenMail, "sam@plover-" + u + ".example");
		assertThat(Mails.text(invitation)).contains("plover.admin." + u).contains("/invitation?token=");
		ProspectView after = accounts.as("channel", () -> prospects.get(id));
		assertThat(after.stage()).isEqualTo(ProspectStage.ONBOARDING);
		assertThat(after.partnerId()).isEqualTo(partner.toString());
		assertThatThrownBy(() -> accounts.as("channel", () -> prospects.convert(id, conversion)))
				.as("converted once").isInstanceOf(InvalidInputException.class);
		accounts.as("channel", () -> prospects.move(id, ProspectStage.ACTIVE, null));
		assertThat(accounts.as("channel", () -> prospects.get(id)).stage()).isEqualTo(ProspectStage.ACTIVE);
	}

	@Test
	void aNewPartnerThatIsAPartnerAlreadyIsRefusedAndASimilarNameNeedsConfirming() {
		assertThatThrownBy(() -> accounts.as("channel", () -> partners.register(new NewPartner("NORTHWIND safety consulting, Inc.",
				"RESELLER", PartnerTier.BRONZE, "CA", "NS", null, null, false))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
					assertThat(ex.field()).isEqualTo("name");
					assertThat(ex.getMessage()).contains("partner already: Northwind Safety Consulting (same name)");
				});
		assertThatThrownBy(() -> accounts.as("channel", () -> partners.register(new NewPartner("NW Holdings " + unique(),
				"RESELLER", PartnerTier.BRONZE, "CA", "NS", null, "https://www.northwind.example/about", false))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("website"));
		String u = unique();
		accounts.as("channel", () -> partners.register(new NewPartner("Cormorant Safety " + u, "RESELLER", PartnerTier.BRONZE,
				"CA", "NS", null, null, false)));
		NewPartner similar = new NewPartner("Cormorrant Safety " + u, "RESELLER", PartnerTier.BRONZE, "CA", "NS", null, null, false);
		assertThatThrownBy(() -> accounts.as("channel", () -> partners.register(similar)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.getMessage())
						.contains("similar name: Cormorant Safety " + u).contains("confirm"));
		NewPartner confirmed = new NewPartner(similar.name(), "RESELLER", PartnerTier.BRONZE, "CA", "NS", null, null, true);
		assertThat(accounts.as("channel", () -> partners.register(confirmed))).isNotNull();
	}

	@Test
	void theVendorsOwnSystemSendsProspectsWithAnIntegrationKeyAndOnlyWithIt() throws Exception {
		String secret = accounts.as("admin", () -> keys.create("website form " + unique())).secret();
		String u = unique();
		String body = """
				{"prospect": {"companyName": "Tern Analytics %s", "contactName": "Ali Tern", "email": "ali@tern-%s.example",
				 "country": "CA", "interestedType": "REFERRAL_PARTNER"}, "brand": "lighthouse"}""".formatted(u, u);

		assertThat(mvc.perform(post("/api/v1/prospect-intake").contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn().getResponse().getStatus()).as("no key").isEqualTo(401);
		assertThat(mvc.perform(post("/api/v1/prospect-intake").header("X-Integration-Key", "cik_made_up")
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(mvc.perform(post("/api/v1/prospect-intake").header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus())
				.as("a person's token is not an integration key").isEqualTo(403);
		MvcResult badBrand = mvc.perform(post("/api/v1/prospect-intake").header("X-Integration-Key", secret)
				.contentType(MediaType.APPLICATION_JSON).content(body.replace("\"lighthouse\"", "\"nope\""))).andReturn();
		assertThat(badBrand.getResponse().getStatus()).isEqualTo(400);
		assertThat(badBrand.getResponse().getContentAsString()).contains("\"field\":\"brand\"");

		MvcResult sent = mvc.perform(post("/api/v1/prospect-intake").header("X-Integration-Key", secret)
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
		assertThat(sent.getResponse().getStatus()).isEqualTo(201);
		ProspectView prospect = byEmail("ali@tern-" + u + ".example");
		assertThat(prospect.source()).isEqualTo(ProspectSource.API);
		assertThat(prospect.brand()).isEqualTo("lighthouse");
		assertThat(Mails.text(Mails.awaitLatestTo(greenMail, "ali@tern-" + u + ".example"))).contains("Tern Analytics " + u);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PROSPECT_RECEIVED' and subject = ? and actor like 'key:website form%'",
				Integer.class, prospect.id())).isEqualTo(1);

		String keyId = jdbc.queryForObject("select id from integration_key where secret_hash is not null and name like 'website form%' and last_used_at is not null order by created_at desc fetch first 1 rows only",
				UUID.class).toString();
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		admin.perform(post("/admin/integration-keys/" + keyId + "/revoke").with(csrf()));
		assertThat(mvc.perform(post("/api/v1/prospect-intake").header("X-Integration-Key", secret)
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus())
				.as("revoked").isEqualTo(401);
	}

	@Test
	void theBoardMovesAProspectOneStageWithOneClickAndShowsTheManagersOwnAndNobodysByDefault() throws Exception {
		String u = unique();
		String manager = accounts.freshVendorUser(org.concord.shared.Role.CHANNEL_MANAGER);
		ProspectView p = accounts.as(manager, () -> prospects.add(prospect("Gannet Tech " + u, "g@gannet-" + u + ".example", null)));
		ProspectView caseys = accounts.as("channel", () -> prospects.add(prospect("Skua Ltd " + u, "s@skua-" + u + ".example", null)));
		WebSession web = WebSession.loggedIn(mvc, manager);
		MvcResult moved = web.perform(post("/prospects/" + p.id() + "/stage").with(csrf()).header("HX-Request", "true")
				.param("stage", "QUALIFIED"));
		String board = moved.getResponse().getContentAsString();
		assertThat(board).startsWith("<div id=\"board\"").doesNotContain("<html");
		String qualified = board.substring(board.indexOf("id=\"stage-QUALIFIED\""), board.indexOf("id=\"stage-APPLICATION\""));
		assertThat(qualified).contains("Gannet Tech " + u).contains("Application →");
		assertThat(accounts.as("channel", () -> prospects.get(UUID.fromString(p.id()))).stage()).isEqualTo(ProspectStage.QUALIFIED);

		String page = web.perform(get("/prospects/board")).getResponse().getContentAsString();
		assertThat(page).contains("Recruitment pipeline", "Gannet Tech " + u, "show every prospect").doesNotContain("Skua Ltd " + u);
		assertThat(web.perform(get("/prospects")).getResponse().getContentAsString()).doesNotContain("Skua Ltd " + u);
		assertThat(web.perform(get("/prospects").param("all", "true")).getResponse().getContentAsString())
				.contains("Skua Ltd " + u, "Gannet Tech " + u);
		assertThat(accounts.as(manager, () -> prospects.list(null, true, 0, 100)).content()).extracting(ProspectView::id)
				.contains(p.id()).doesNotContain(caseys.id());
	}

	@Test
	void integrationKeysAreTheVendorAdminsAndTheirSecretIsShownOnce() throws Exception {
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		MvcResult made = admin.perform(post("/admin/integration-keys").with(csrf()).param("name", "marketing " + unique()));
		String page = made.getResponse().getContentAsString();
		assertThat(page).contains("it will not be shown again").containsPattern("cik_[A-Za-z0-9_-]{20,}");
		String listed = admin.perform(get("/admin/integration-keys")).getResponse().getContentAsString();
		assertThat(listed).contains("marketing").doesNotContainPattern("cik_[A-Za-z0-9_-]{20,}");
		MvcResult blank = admin.perform(post("/admin/integration-keys").with(csrf()).param("name", " "));
		assertThat(blank.getResponse().getContentAsString()).contains("Give the key a name");
		assertThat(mvc.perform(delete("/api/v1/integration-keys/" + UUID.randomUUID())
				.header("Authorization", "Bearer " + accounts.apiToken("admin"))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theConversionReportCountsTheProspectsThatCameInAndTheirEndedStaysInEachStage() throws Exception {
		var today = accounts.as("channel", () -> prospects.today());
		ProspectReport before = accounts.as("channel", () -> prospects.report(today.minusDays(1), today.plusDays(1)));
		String u = unique();
		UUID won = UUID.fromString(accounts.as("channel", () -> prospects.add(prospect("Egret Co " + u, "e@egret-" + u + ".example", null))).id());
		UUID lost = UUID.fromString(accounts.as("channel", () -> prospects.add(prospect("Ibis Co " + u, "i@ibis-" + u + ".example", null))).id());
		clock.advance(Duration.ofHours(2));
		accounts.as("channel", () -> prospects.move(won, ProspectStage.QUALIFIED, null));
		accounts.as("channel", () -> prospects.move(lost, ProspectStage.DECLINED, "Too small"));
		clock.advance(Duration.ofHours(1));
		accounts.as("channel", () -> prospects.convert(won, new Conversion("Egret Co " + u, "RESELLER", PartnerTier.BRONZE,
				"egret." + u, "e@egret-" + u + ".example", "Eve Egret", false)));

		ProspectReport after = accounts.as("channel", () -> prospects.report(today.minusDays(1), today.plusDays(1)));
		assertThat(after.prospects() - before.prospects()).isEqualTo(2);
		assertThat(after.converted() - before.converted()).isEqualTo(1);
		assertThat(after.declined() - before.declined()).isEqualTo(1);
		assertThat(after.stages().get(0).stays() - before.stages().get(0).stays()).as("two stays in New ended").isEqualTo(2);
		assertThat(after.stages().get(1).stays() - before.stages().get(1).stays()).as("one in Qualified").isEqualTo(1);
		assertThatThrownBy(() -> accounts.as("channel", () -> prospects.report(today, today.minusDays(1))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("to"));

		WebSession channel = WebSession.loggedIn(mvc, "channel");
		String page = channel.perform(get("/prospects/report")).getResponse().getContentAsString();
		assertThat(page).contains("Conversion rate").contains("id=\"time-QUALIFIED\"");
		MvcResult api = mvc.perform(get("/api/v1/prospects/report").param("from", today.toString()).param("to", "nope")
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(400);
	}
}
