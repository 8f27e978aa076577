package org.concord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.concord.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role, and a partner of another company, against every endpoint, in pages and API alike (after
 * Keycloak's PermissionsTest). The records asked for belong to Northwind; "other partner" is Harbour.
 * Later issues add their endpoints to {@link #endpoints()}.
 */
@ConcordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationMatrixTests {

	enum Actor {
		VENDOR_ADMIN("admin"), CHANNEL_MANAGER("channel"), VENDOR_SALES_REP("sales"), PARTNER_ADMIN("northwind.admin"),
		PARTNER_REP("northwind.rep"), OTHER_PARTNER_ADMIN("harbour.admin"), OTHER_PARTNER_REP("harbour.rep");

		final String username;

		Actor(String username) {
			this.username = username;
		}
	}

	/** Allowed (anything but 401, 403, 404 or a server error), forbidden by role (403), or hidden (404). */
	enum Outcome {
		OK, FORBIDDEN, NOT_FOUND
	}

	record Endpoint(String name, Function<Ids, MockHttpServletRequestBuilder> request, Map<Actor, Outcome> expected) {
	}

	record Ids(String partner, String rep, String otherPartner, String contact, String registration, String lead,
			String contract, String month) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.concord.registrations.RegistrationFixtures registrationFixtures;

	@Autowired
	org.concord.leads.LeadFixtures leadFixtures;

	@Autowired
	org.concord.leads.Leads leads;

	@Autowired
	org.concord.commissions.Commissions commissions;

	@Autowired
	org.concord.registrations.Registrations registrations;

	@Autowired
	java.time.Clock clock;

	private final Map<Actor, WebSession> sessions = new EnumMap<>(Actor.class);
	private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
	private Ids ids;

	@BeforeAll
	void logInEveryone() throws Exception {
		for (Actor actor : Actor.values()) {
			sessions.put(actor, WebSession.loggedIn(mvc, actor.username));
			tokens.put(actor, accounts.apiToken(actor.username));
		}
		var prospect = org.concord.registrations.RegistrationFixtures.Prospect.fresh();
		var registration = registrationFixtures.register("northwind.rep", prospect, "lighthouse");
		String contact = jdbc.queryForObject("select contact_id from registration where id = ?", String.class, registration.id().value());
		String northwind = jdbc.queryForObject("select id from partner_company where name = 'Northwind Safety Consulting'", String.class);
		var lead = leadFixtures.create(leadFixtures.lead(org.concord.leads.LeadFixtures.territory())); // nobody there: by hand
		accounts.as("channel", () -> {
			leads.assign(lead, org.concord.shared.PartnerId.of(northwind));
			return null;
		});
		var won = registrationFixtures.approved("northwind.rep", org.concord.registrations.RegistrationFixtures.Prospect.fresh());
		accounts.as("northwind.rep", () -> {
			registrations.close(won.id(), true, "Signed");
			return null;
		});
		var contract = accounts.as("channel", () -> commissions.open(new org.concord.commissions.OpenContract(won.id().value(),
				java.time.LocalDate.now(clock), 12)));
		ids = new Ids(northwind, jdbc.queryForObject("select id from user_account where username = 'northwind.rep'", String.class),
				jdbc.queryForObject("select id from partner_company where name = 'Harbour Compliance Group'", String.class),
				contact, registration.id().toString(), lead.toString(), contract.toString(),
				java.time.YearMonth.now(clock).toString());
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cells = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (Actor actor : Actor.values()) {
				cells.add(Arguments.of(endpoint.name(), actor, endpoint));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void eachRoleGetsWhatItShould(String name, Actor actor, Endpoint endpoint) throws Exception {
		MockHttpServletRequestBuilder request = endpoint.request().apply(ids);
		int status;
		if (name.startsWith("API")) {
			status = mvc.perform(request.header("Authorization", "Bearer " + tokens.get(actor))).andReturn().getResponse().getStatus();
		}
		else {
			status = sessions.get(actor).perform(request).getResponse().getStatus();
		}
		Outcome expected = endpoint.expected().get(actor);
		switch (expected) {
			case OK -> assertThat(status).as(name + " as " + actor + " is allowed").isBetween(200, 499)
					.isNotIn(401, 403, 404);
			case FORBIDDEN -> assertThat(status).as(name + " as " + actor).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).as(name + " as " + actor).isEqualTo(404);
		}
	}

	@org.junit.jupiter.api.Test
	void aPartnersListsHoldOnlyItsOwnCompany() throws Exception {
		String token = tokens.get(Actor.OTHER_PARTNER_REP);
		String partners = mvc.perform(get("/api/v1/partners").header("Authorization", "Bearer " + token)).andReturn()
				.getResponse().getContentAsString();
		assertThat(partners).contains("Harbour Compliance Group").doesNotContain("Northwind");
		String people = mvc.perform(get("/api/v1/users").param("size", "100").header("Authorization", "Bearer " + token))
				.andReturn().getResponse().getContentAsString();
		assertThat(people).contains("harbour.rep").doesNotContain("northwind");
		String page = sessions.get(Actor.OTHER_PARTNER_REP).perform(get("/people")).getResponse().getContentAsString();
		assertThat(page).contains("harbour.admin").doesNotContain("northwind");
		String vendorView = mvc.perform(get("/api/v1/partners").param("size", "100")
				.header("Authorization", "Bearer " + tokens.get(Actor.CHANNEL_MANAGER))).andReturn().getResponse().getContentAsString();
		assertThat(vendorView).contains("Harbour Compliance Group").contains("Northwind Safety Consulting");
	}

	private static Map<Actor, Outcome> everyone() {
		return outcomes(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
	}

	private static Map<Actor, Outcome> ownCompanyOnly() {
		return outcomes(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.NOT_FOUND, Outcome.NOT_FOUND);
	}

	private static Map<Actor, Outcome> vendorAdminOnly() {
		return outcomes(Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
				Outcome.FORBIDDEN, Outcome.FORBIDDEN);
	}

	private static Map<Actor, Outcome> channelTeam() {
		return outcomes(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
				Outcome.FORBIDDEN, Outcome.FORBIDDEN);
	}

	private static Map<Actor, Outcome> vendorStaff() {
		return outcomes(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
				Outcome.FORBIDDEN);
	}

	private static Map<Actor, Outcome> partnersOnly() {
		return outcomes(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
	}

	private static Map<Actor, Outcome> outcomes(Outcome... byActor) {
		Map<Actor, Outcome> map = new EnumMap<>(Actor.class);
		for (Actor actor : Actor.values()) {
			map.put(actor, byActor[actor.ordinal()]);
		}
		return map;
	}

	static List<Endpoint> endpoints() {
		String newPartner = "{\"name\":\"Matrix %s\",\"type\":\"RESELLER\",\"tier\":\"SILVER\",\"country\":\"CA\"}";
		return List.of(
				new Endpoint("page overview", ids -> get("/"), everyone()),
				new Endpoint("page partner list", ids -> get("/partners"), everyone()),
				new Endpoint("page partner", ids -> get("/partners/" + ids.partner()), ownCompanyOnly()),
				new Endpoint("page people of partner", ids -> get("/people").param("partner", ids.partner()), ownCompanyOnly()),
				new Endpoint("page person", ids -> get("/people/" + ids.rep()), ownCompanyOnly()),
				new Endpoint("page add partner", ids -> get("/partners/new"), channelTeam()),
				new Endpoint("page brands", ids -> get("/admin/brands"), vendorAdminOnly()),
				new Endpoint("page audit log", ids -> get("/admin/audit"), vendorAdminOnly()),
				new Endpoint("page sent mail", ids -> get("/admin/sent-mail"), vendorAdminOnly()),
				new Endpoint("page API tokens", ids -> get("/settings/api-tokens"), everyone()),
				new Endpoint("API me", ids -> get("/api/v1/me"), everyone()),
				new Endpoint("API partner list", ids -> get("/api/v1/partners"), everyone()),
				new Endpoint("API partner", ids -> get("/api/v1/partners/" + ids.partner()), ownCompanyOnly()),
				new Endpoint("API people of partner", ids -> get("/api/v1/users").param("partnerId", ids.partner()), ownCompanyOnly()),
				new Endpoint("API person", ids -> get("/api/v1/users/" + ids.rep()), ownCompanyOnly()),
				new Endpoint("page contacts", ids -> get("/contacts"), everyone()),
				new Endpoint("page contact", ids -> get("/contacts/" + ids.contact()), ownCompanyOnly()),
				new Endpoint("page start a contact", ids -> get("/contacts/new"), partnersOnly()),
				new Endpoint("page leads", ids -> get("/leads"), everyone()),
				new Endpoint("page deals", ids -> get("/deals"), everyone()),
				new Endpoint("page registration", ids -> get("/registrations/" + ids.registration()), ownCompanyOnly()),
				new Endpoint("page registration form", ids -> get("/registrations/new"), partnersOnly()),
				new Endpoint("page review queue", ids -> get("/review"), channelTeam()),
				new Endpoint("API contacts", ids -> get("/api/v1/contacts"), everyone()),
				new Endpoint("API contact", ids -> get("/api/v1/contacts/" + ids.contact()), ownCompanyOnly()),
				new Endpoint("API registrations", ids -> get("/api/v1/registrations"), everyone()),
				new Endpoint("API registration", ids -> get("/api/v1/registrations/" + ids.registration()), ownCompanyOnly()),
				new Endpoint("API pipeline", ids -> get("/api/v1/deals/pipeline"), everyone()),
				new Endpoint("API opportunity sources", ids -> get("/api/v1/opportunity-sources"), everyone()),
				new Endpoint("API return registration", ids -> post("/api/v1/registrations/" + ids.registration() + "/decision")
						.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"RETURN\",\"note\":\"x\"}"),
						outcomes(Outcome.OK, Outcome.OK, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
								Outcome.FORBIDDEN, Outcome.FORBIDDEN)),
				new Endpoint("page conflicts", ids -> get("/conflicts"), channelTeam()),
				new Endpoint("page direct opportunities", ids -> get("/direct-opportunities"), vendorStaff()),
				new Endpoint("page assistance queue", ids -> get("/assistance"), vendorStaff()),
				new Endpoint("page registration settings", ids -> get("/admin/registration-settings"), vendorAdminOnly()),
				new Endpoint("API registration settings", ids -> get("/api/v1/registration-settings"), everyone()),
				new Endpoint("API change registration settings", ids -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.put("/api/v1/registration-settings").contentType(MediaType.APPLICATION_JSON)
						.content("{\"autoApprove\":false,\"approvalSlaHours\":48,\"protectionDays\":120,\"warningDays\":\"75,105\",\"renewalActivityDays\":30}"),
						vendorAdminOnly()),
				new Endpoint("API SLA report", ids -> get("/api/v1/registrations/sla-report"), channelTeam()),
				new Endpoint("API conflicts", ids -> get("/api/v1/conflicts"), channelTeam()),
				new Endpoint("API direct opportunities", ids -> get("/api/v1/direct-opportunities"), vendorStaff()),
				new Endpoint("API assistance queue", ids -> get("/api/v1/assistance"), vendorStaff()),
				new Endpoint("page lead routing", ids -> get("/lead-routing"), everyone()),
				new Endpoint("page lead", ids -> get("/lead-routing/" + ids.lead()), ownCompanyOnly()),
				new Endpoint("page new lead", ids -> get("/lead-routing/new"), channelTeam()),
				new Endpoint("page lead import", ids -> get("/lead-routing/import"), channelTeam()),
				new Endpoint("page lead scorecard", ids -> get("/lead-routing/scorecard"), everyone()),
				new Endpoint("page lead settings", ids -> get("/admin/lead-settings"), vendorAdminOnly()),
				new Endpoint("API leads", ids -> get("/api/v1/leads"), everyone()),
				new Endpoint("API lead", ids -> get("/api/v1/leads/" + ids.lead()), ownCompanyOnly()),
				new Endpoint("API lead proposal", ids -> get("/api/v1/leads/" + ids.lead() + "/proposal"), vendorStaff()),
				new Endpoint("API accept lead", ids -> post("/api/v1/leads/" + ids.lead() + "/acceptance"),
						outcomes(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.OK,
								Outcome.NOT_FOUND, Outcome.NOT_FOUND)),
				new Endpoint("API lead scorecard", ids -> get("/api/v1/leads/scorecard"), everyone()),
				new Endpoint("API lead settings", ids -> get("/api/v1/lead-settings"), everyone()),
				new Endpoint("API change lead settings", ids -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.put("/api/v1/lead-settings").contentType(MediaType.APPLICATION_JSON)
						.content("{\"tierMode\":\"PREFERRED\",\"minimumTier\":\"REGISTERED\",\"territoryMode\":\"REQUIRED\",\"maxDistanceKm\":150,"
								+ "\"expertiseMode\":\"PREFERRED\",\"leadTypes\":[\"SALES_PARTNER\",\"APPLICATION_PARTNER\"],"
								+ "\"contactWorkingDays\":2,\"reminderHours\":24,\"onTimeout\":\"NEXT_PARTNER\"}"),
						vendorAdminOnly()),
				new Endpoint("API closure days", ids -> get("/api/v1/closure-days"), everyone()),
				new Endpoint("API partner routing profile", ids -> get("/api/v1/partners/" + ids.partner() + "/routing-profile"),
						ownCompanyOnly()),
				new Endpoint("page commissions", ids -> get("/commissions"), everyone()),
				new Endpoint("page contract", ids -> get("/commissions/contracts/" + ids.contract()), ownCompanyOnly()),
				new Endpoint("page open a contract", ids -> get("/commissions/contracts/new"), channelTeam()),
				new Endpoint("page statement CSV", ids -> get("/commissions/statements.csv").param("partner", ids.partner())
						.param("month", ids.month()), ownCompanyOnly()),
				new Endpoint("API contracts", ids -> get("/api/v1/contracts"), everyone()),
				new Endpoint("API contract", ids -> get("/api/v1/contracts/" + ids.contract()), ownCompanyOnly()),
				new Endpoint("API statements", ids -> get("/api/v1/partners/" + ids.partner() + "/statements/" + ids.month()),
						ownCompanyOnly()),
				new Endpoint("API statements CSV", ids -> get("/api/v1/partners/" + ids.partner() + "/statements/" + ids.month() + ".csv"),
						ownCompanyOnly()),
				new Endpoint("API program terms", ids -> get("/api/v1/program-terms"), everyone()),
				new Endpoint("API commission summary", ids -> get("/api/v1/partners/" + ids.partner() + "/commission-summary"),
						ownCompanyOnly()),
				new Endpoint("API commission totals", ids -> get("/api/v1/commission-totals"), vendorStaff()),
				new Endpoint("API payouts", ids -> get("/api/v1/payouts"), vendorAdminOnly()),
				new Endpoint("page payouts", ids -> get("/admin/payouts"), vendorAdminOnly()),
				new Endpoint("page program report", ids -> get("/commissions/report"), vendorStaff()),
				new Endpoint("page upload payments", ids -> get("/commissions/payments/import"), channelTeam()),
				new Endpoint("API program ROI", ids -> get("/api/v1/program-roi").param("from", "2026-01-01").param("to", "2026-12-31"),
						vendorStaff()),
				new Endpoint("API record a payment", ids -> post("/api/v1/payments").contentType(MediaType.APPLICATION_JSON)
						.content("{\"invoiceId\":\"" + java.util.UUID.randomUUID() + "\",\"kind\":\"PAYMENT\",\"amount\":10,"
								+ "\"receivedOn\":\"2020-01-01\",\"idempotencyKey\":\"matrix-" + java.util.UUID.randomUUID() + "\"}"),
						channelTeam()),
				new Endpoint("API add partner", ids -> post("/api/v1/partners").contentType(MediaType.APPLICATION_JSON)
						.content(newPartner.formatted(java.util.UUID.randomUUID())), channelTeam()));
	}
}
