package org.concord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import org.concord.commissions.CommissionKind;
import org.concord.commissions.ContractId;
import org.concord.commissions.Contracts;
import org.concord.commissions.NewPayment;
import org.concord.commissions.OpenContract;
import org.concord.commissions.PaymentKind;
import org.concord.commissions.Payouts;
import org.concord.commissions.ProgramTerms;
import org.concord.commissions.RateScope;
import org.concord.commissions.RateView;
import org.concord.commissions.Receipts;
import org.concord.commissions.Statements;
import org.concord.customers.Contacts;
import org.concord.identity.BrandDetails;
import org.concord.identity.Brands;
import org.concord.identity.Invitation;
import org.concord.identity.TestAccounts;
import org.concord.identity.UserProvisioning;
import org.concord.leads.LeadFixtures;
import org.concord.partners.CompanyCertifications;
import org.concord.partners.PartnerTier;
import org.concord.leads.LeadId;
import org.concord.leads.Leads;
import org.concord.partners.PartnerDirectory;
import org.concord.registrations.Assistance;
import org.concord.registrations.AssistanceKind;
import org.concord.registrations.AttributionRole;
import org.concord.registrations.ChannelConflicts;
import org.concord.registrations.Deals;
import org.concord.registrations.NewDirectOpportunity;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.registrations.RegistrationFixtures;
import org.concord.scoring.Badges;
import org.concord.scoring.Scorecards;
import org.concord.scoring.TierFixtures;
import org.concord.training.TrainingFixtures;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.RegistrationSettings;
import org.concord.registrations.Registrations;
import org.concord.registrations.RejectionReason;
import org.concord.registrations.Renewals;
import org.concord.registrations.Stage;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.concord.shared.access.Permission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, pages and API, as every kind of actor (after Keycloak's PermissionsTest). The
 * records asked for belong to Northwind; Harbour is another partner; Maple is a partner the vendor invited to sell
 * Northwind's deal with it. Each request is well-formed and, where the actor may make it, made on a record of its
 * own, so an answer shows the authorization and nothing else: allowed means done (2xx, or a redirect with no
 * problem), not "refused for another reason". Whatever a partner receives is searched for other partners' ids,
 * names, people, rates and reasons. {@link #everyEndpointIsInTheMatrix()} fails when an endpoint is added without a
 * row here.
 */
@ConcordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationMatrixTests {

	/** Who asks. Northwind's records are asked for; Harbour is another partner; Maple co-sells Northwind's deals. */
	enum Actor {
		VENDOR_ADMIN("admin", Role.VENDOR_ADMIN, null), CHANNEL_MANAGER("channel", Role.CHANNEL_MANAGER, null),
		VENDOR_SALES_REP("sales", Role.VENDOR_SALES_REP, null),
		PARTNER_ADMIN("northwind.admin", Role.PARTNER_ADMIN, "Northwind Safety Consulting"),
		PARTNER_REP("northwind.rep", Role.PARTNER_REP, "Northwind Safety Consulting"),
		OTHER_PARTNER_ADMIN("harbour.admin", Role.PARTNER_ADMIN, "Harbour Compliance Group"),
		OTHER_PARTNER_REP("harbour.rep", Role.PARTNER_REP, "Harbour Compliance Group"),
		INVITED_CO_SELLER("maple.rep", Role.PARTNER_REP, "Maple Integrators"),
		/** Northwind's Cape Breton sub-account; Northwind does not let its sub-accounts read its own records. */
		BRANCH_ADMIN("capebreton.admin", Role.PARTNER_ADMIN, "Northwind Cape Breton"),
		BRANCH_REP("capebreton.rep", Role.PARTNER_REP, "Northwind Cape Breton"), ANONYMOUS(null, null, null);

		final String username;
		final Role role;
		final String company;

		Actor(String username, Role role, String company) {
			this.username = username;
			this.role = role;
			this.company = company;
		}

		boolean isNorthwind() {
			return "Northwind Safety Consulting".equals(company);
		}

		boolean isPartner() {
			return company != null;
		}

		/** Northwind's partner admin reads its sub-account's pages: that company's data is not another's to it. */
		boolean readsSubAccount(String other) {
			return this == PARTNER_ADMIN && "Northwind Cape Breton".equals(other);
		}
	}

	/** Done; forbidden by role or rule (403); hidden (404); or sent to log in (a page's redirect, the API's 401). */
	enum Outcome {
		OK, FORBIDDEN, NOT_FOUND, LOGIN
	}

	/**
	 * One endpoint: its method and pattern exactly as mapped, the request (from the records of a {@link Cell}), and the
	 * outcome for each actor, written as nine letters in the order of {@link Actor}: O allowed, F 403, N 404, L login.
	 */
	record Endpoint(String method, String pattern, Function<Cell, AbstractMockHttpServletRequestBuilder<?>> request, String outcomes) {

		Outcome expected(Actor actor) {
			return switch (outcomes.charAt(actor.ordinal())) {
				case 'O' -> Outcome.OK;
				case 'F' -> Outcome.FORBIDDEN;
				case 'N' -> Outcome.NOT_FOUND;
				case 'L' -> Outcome.LOGIN;
				default -> throw new IllegalArgumentException(outcomes);
			};
		}

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

		boolean isPublic() {
			return outcomes.charAt(Actor.ANONYMOUS.ordinal()) == 'O';
		}

		String key() {
			return method + " " + pattern;
		}
	}

	/**
	 * The expected outcomes of one endpoint, derived from the permission policy the application enforces (after
	 * Keycloak's PermissionsTest): the policy decides who is let in (403 for a role without the permission, the login
	 * for nobody); the record's owner decides what a partner let in finds (404 for another partner's); a rule of the
	 * operation beyond the policy may still refuse one who found it (403).
	 */
	static final class Expect {

		private final char[] letters = new char[Actor.values().length];

		private Expect(Permission permission) {
			for (Actor actor : Actor.values()) {
				letters[actor.ordinal()] = actor.role == null ? 'L' : permission.isGrantedTo(actor.role) ? 'O' : 'F';
			}
		}

		/** The policy's permission, checked before anything is looked up. */
		static Expect permitted(Permission permission) {
			return new Expect(permission);
		}

		/** A record of Northwind's: another partner let in finds nothing. */
		Expect onNorthwinds() {
			return hiddenFrom(actor -> !actor.isNorthwind());
		}

		/** A record of a partner made for the cell, not a demo partner's: every partner let in finds nothing. */
		Expect onACellsOwnPartner() {
			return hiddenFrom(actor -> true);
		}

		/** Northwind's deal, which Maple was invited to sell with it: Maple finds it too. */
		Expect onNorthwindsDeal() {
			return hiddenFrom(actor -> !actor.isNorthwind() && actor != Actor.INVITED_CO_SELLER);
		}

		/** The policy's permission, checked after the record was found: one who found it without the permission gets 403. */
		Expect thenPermitted(Permission permission) {
			for (Actor actor : Actor.values()) {
				if (letters[actor.ordinal()] == 'O' && !permission.isGrantedTo(actor.role)) {
					letters[actor.ordinal()] = 'F';
				}
			}
			return this;
		}

		/** Only the registering partner's own people act on it: the invited co-seller who finds it is refused. */
		Expect registrantOnly() {
			return refused(Actor.INVITED_CO_SELLER);
		}

		/** A rule of the operation beyond the policy refuses these actors, though they found the record. */
		Expect refused(Actor... actors) {
			for (Actor actor : actors) {
				if (letters[actor.ordinal()] == 'O') {
					letters[actor.ordinal()] = 'F';
				}
			}
			return this;
		}

		private Expect hiddenFrom(Predicate<Actor> others) {
			for (Actor actor : Actor.values()) {
				if (actor.company != null && others.test(actor) && letters[actor.ordinal()] == 'O') {
					letters[actor.ordinal()] = 'N';
				}
			}
			return this;
		}

		@Override
		public String toString() {
			return new String(letters);
		}
	}

	// the usual shapes, each derived from the policy; letters in the order VENDOR_ADMIN, CHANNEL_MANAGER,
	// VENDOR_SALES_REP, PARTNER_ADMIN, PARTNER_REP, OTHER_PARTNER_ADMIN, OTHER_PARTNER_REP, INVITED_CO_SELLER, ANONYMOUS
	static final String PUBLIC = "O".repeat(Actor.values().length);
	static final String SEED_RUBRIC = "{\"criteria\":["
			+ "{\"criterion\":\"REVENUE\",\"bands\":[{\"from\":0,\"points\":5},{\"from\":50000,\"points\":15},{\"from\":150000,\"points\":25},{\"from\":500000,\"points\":30}]},"
			+ "{\"criterion\":\"REGISTRATIONS\",\"bands\":[{\"from\":0,\"points\":2},{\"from\":2,\"points\":8},{\"from\":6,\"points\":12},{\"from\":11,\"points\":15}]},"
			+ "{\"criterion\":\"TRAINING\",\"bands\":[{\"from\":0,\"points\":0},{\"from\":1,\"points\":5},{\"from\":2,\"points\":10},{\"from\":3,\"points\":15}]},"
			+ "{\"criterion\":\"NPS\",\"bands\":[{\"from\":-100,\"points\":5},{\"from\":30,\"points\":10},{\"from\":50,\"points\":15},{\"from\":71,\"points\":20}]},"
			+ "{\"criterion\":\"ENGAGEMENT\",\"bands\":[{\"from\":0,\"points\":5},{\"from\":15,\"points\":10},{\"from\":30,\"points\":15},{\"from\":50.5,\"points\":20}]}],"
			+ "\"silverFrom\":30,\"goldFrom\":55,\"platinumFrom\":80,\"graceMonths\":3,\"revenueCurrency\":\"CAD\",\"allCertifications\":3}";

	/** Seed 004's rubric as the rubric page's form sends it. */
	static MockHttpServletRequestBuilder seedRubricForm(MockHttpServletRequestBuilder request) {
		String[][] bands = { { "REVENUE", "0", "5", "50000", "15", "150000", "25", "500000", "30" },
				{ "REGISTRATIONS", "0", "2", "2", "8", "6", "12", "11", "15" }, { "TRAINING", "0", "0", "1", "5", "2", "10", "3", "15" },
				{ "NPS", "-100", "5", "30", "10", "50", "15", "71", "20" }, { "ENGAGEMENT", "0", "5", "15", "10", "30", "15", "50.5", "20" } };
		for (String[] criterion : bands) {
			for (int i = 0; i < 4; i++) {
				request.param("from[" + criterion[0] + "][" + i + "]", criterion[1 + 2 * i]);
				request.param("points[" + criterion[0] + "][" + i + "]", criterion[2 + 2 * i]);
			}
		}
		return request.param("silverFrom", "30").param("goldFrom", "55").param("platinumFrom", "80").param("graceMonths", "3")
				.param("revenueCurrency", "CAD").param("allCertifications", "3");
	}
	static final String EVERYONE = Expect.permitted(Permission.USE_PORTAL).toString();
	static final String VENDOR_ADMIN = Expect.permitted(Permission.ADMINISTER).toString();
	static final String CHANNEL_TEAM = Expect.permitted(Permission.MANAGE_CHANNEL).toString();
	static final String VENDOR_STAFF = Expect.permitted(Permission.SEE_PROGRAM).toString();
	static final String PARTNERS = Expect.permitted(Permission.WORK_AS_PARTNER).toString();
	/** A record of Northwind's: the vendor and Northwind see it, nobody else does. */
	static final String NORTHWINDS = Expect.permitted(Permission.USE_PORTAL).onNorthwinds().toString();
	/** Northwind's deal, which Maple was invited to sell with it. */
	static final String NORTHWINDS_DEAL = Expect.permitted(Permission.USE_PORTAL).onNorthwindsDeal().toString();
	/** An action of Northwind's own people on Northwind's record. */
	static final String NORTHWIND_ACTS = Expect.permitted(Permission.WORK_AS_PARTNER).onNorthwinds().toString();
	/** The channel team acts on Northwind's record; a partner's role forbids it before any record is looked at. */
	static final String CHANNEL_ACTS = CHANNEL_TEAM;
	/** Northwind's own people act on Northwind's deal, which its invited co-seller sees but may not act on. */
	static final String NORTHWINDS_REGISTRANT_ACTS = Expect.permitted(Permission.WORK_AS_PARTNER).onNorthwindsDeal()
			.registrantOnly().toString();
	/** Inviting people: the vendor admin anyone, each partner admin into its own company. */
	static final String PEOPLE_ADMINS = Expect.permitted(Permission.MANAGE_PEOPLE).toString();
	/** A person of Northwind's, found first, then managed by those the policy lets manage people. */
	static final String NORTHWINDS_PERSON_MANAGED = Expect.permitted(Permission.USE_PORTAL).onNorthwinds()
			.thenPermitted(Permission.MANAGE_PEOPLE).toString();
	/** Northwind's deal closed: its own people or the channel team; its invited co-seller may not. */
	static final String NORTHWINDS_DEAL_CLOSED = Expect.permitted(Permission.CLOSE_DEALS).onNorthwindsDeal().registrantOnly()
			.toString();
	/** Northwind's deal moved a stage: anyone the policy lets move deals who works it (not a sales rep it is not assigned to). */
	static final String NORTHWINDS_DEAL_MOVED = Expect.permitted(Permission.MOVE_DEALS).onNorthwindsDeal().registrantOnly()
			.refused(Actor.VENDOR_SALES_REP).toString();
	/** Assistance on Northwind's deal: Maple, a System Integrator, is not a type the program offers assistance to. */
	static final String NORTHWINDS_ASSISTANCE = Expect.permitted(Permission.WORK_AS_PARTNER).onNorthwindsDeal()
			.refused(Actor.INVITED_CO_SELLER).toString();

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegistrationFixtures registrationFixtures;

	@Autowired
	LeadFixtures leadFixtures;

	@Autowired
	CompanyCertifications certifications;

	@Autowired
	TierFixtures tierFixtures;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Badges badges;

	@Autowired
	org.concord.notifications.Inbox inbox;

	@Autowired
	org.concord.rooms.Announcements announcements;

	@Autowired
	org.concord.messages.Messages messages;

	@Autowired
	org.concord.content.Library library;

	@Autowired
	Scorecards scorecards;

	private UUID course;

	private UUID northwindCertificate;

	@Autowired
	Leads leads;

	@Autowired
	org.concord.partners.Prospects prospects;

	@Autowired
	org.concord.identity.IntegrationKeys integrationKeys;


	@Autowired
	Statements statements;

	@Autowired
	Renewals renewals;

	@Autowired
	RegistrationSettings registrationSettings;

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
	Assistance assistance;

	@Autowired
	Registrations registrations;

	@Autowired
	ChannelConflicts conflicts;

	@Autowired
	Contacts contacts;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Brands brands;

	@Autowired
	UserProvisioning provisioning;

	@Autowired
	Clock clock;

	private final Map<Actor, WebSession> sessions = new EnumMap<>(Actor.class);
	private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
	private final Map<String, Set<String>> markersOf = new HashMap<>();
	private Records shared;
	private PartnerId northwind;
	private PartnerId harbour;
	private PartnerId maple;
	private UUID matrixBrand;
	private int negotiatedTerms;

	@BeforeAll
	void setUp() throws Exception {
		int address = 1;
		for (Actor actor : Actor.values()) {
			WebSession session = new WebSession(mvc, "lighthouse.localhost", "10.250.0." + address++);
			if (actor.username != null) {
				assertThat(session.login(actor.username, WebSession.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
				tokens.put(actor, accounts.apiToken(actor.username));
			}
			sessions.put(actor, session);
		}
		northwind = partnerNamed("Northwind Safety Consulting");
		harbour = partnerNamed("Harbour Compliance Group");
		maple = partnerNamed("Maple Integrators");
		matrixBrand = brands.create("matrix" + UUID.randomUUID().toString().substring(0, 6), new BrandDetails("Matrix Brand",
				"matrix-" + UUID.randomUUID().toString().substring(0, 6) + ".localhost", "#111111", "#222222",
				"partner@matrix.example", "no-reply@matrix.example"), false, null, null).id();
		// negotiated rates: each partner may read its own, never another's
		var current = accounts.as("admin", () -> programTerms.all()).getLast();
		List<RateView> rates = new ArrayList<>(accounts.as("admin", () -> programTerms.ratesOf(current.version())));
		rates.add(new RateView(CommissionKind.REGISTRATION, RateScope.PARTNER, northwind.toString(), new BigDecimal("0.0711")));
		rates.add(new RateView(CommissionKind.REGISTRATION, RateScope.PARTNER, harbour.toString(), new BigDecimal("0.0722")));
		rates.add(new RateView(CommissionKind.INFLUENCE, RateScope.PARTNER, maple.toString(), new BigDecimal("0.0733")));
		negotiatedTerms = accounts.as("admin", () -> programTerms.announce(today().plusDays(ProgramTerms.NOTICE_DAYS),
				"Negotiated rates", rates)).version();
		for (String company : List.of("Northwind Safety Consulting", "Harbour Compliance Group", "Maple Integrators",
				"Summit Quality Systems", "Atlantic Referral Partners", "Northwind Cape Breton")) {
			markersOf.put(company, markers(partnerNamed(company)));
		}
		markersOf.get("Northwind Safety Consulting").addAll(List.of("0.0711", "7.11%"));
		markersOf.get("Harbour Compliance Group").addAll(List.of("0.0722", "7.22%", "HARBOUR-DECLINE-MARKER"));
		markersOf.get("Maple Integrators").addAll(List.of("0.0733", "7.33%"));
		shared = new Records();
		// Northwind's lead came through Harbour, which declined it with a reason Northwind must never read
		shared.lead = handLead(harbour);
		accounts.as(Actor.OTHER_PARTNER_REP.username, () -> {
			leads.decline(shared.lead, "HARBOUR-DECLINE-MARKER: no one free in that town");
		});
		accounts.as("channel", () -> {
			leads.assign(shared.lead, northwind);
		});
	}

	/** A partner's ids, name and people: what no other partner may receive. */
	private Set<String> markers(PartnerId partner) {
		Set<String> markers = new HashSet<>();
		markers.add(partner.toString());
		markers.add(jdbc.queryForObject("select name from partner_company where id = ?", String.class, partner.value()));
		jdbc.queryForList("select id, username, display_name from user_account where partner_id = ?", partner.value())
				.forEach(row -> row.values().forEach(value -> markers.add(value.toString())));
		return markers;
	}

	private PartnerId partnerNamed(String name) {
		return PartnerId.of(jdbc.queryForObject("select id from partner_company where name = ?", String.class, name));
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cells = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (Actor actor : Actor.values()) {
				cells.add(Arguments.of(endpoint.key(), actor, endpoint));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void eachActorGetsWhatItShouldAndNoPartnerSeesAnotherPartnersData(String name, Actor actor, Endpoint endpoint)
			throws Exception {
		Outcome expected = endpoint.expected(actor);
		boolean write = !endpoint.method().equals("GET");
		Cell cell = new Cell(actor, expected == Outcome.OK && write ? new Records() : shared);
		AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(cell);
		MvcResult result;
		if (endpoint.isApi()) {
			if (tokens.containsKey(actor)) {
				request.header("Authorization", "Bearer " + tokens.get(actor));
			}
			result = mvc.perform(request.with(r -> {
				r.setRemoteAddr("10.251.0." + actor.ordinal());
				return r;
			})).andReturn();
		}
		else {
			result = sessions.get(actor).perform(write ? request.with(csrf()) : request);
		}
		assertThat(observed(result, endpoint)).as(name + " as " + actor + " (" + describe(result) + ")").isEqualTo(expected);
		if (actor.isPartner()) {
			// a problem detail names the address asked for: what the caller sent is no one else's data
			String body = body(result).replace(result.getRequest().getRequestURI(), "");
			for (var entry : markersOf.entrySet()) {
				if (!entry.getKey().equals(actor.company) && !actor.readsSubAccount(entry.getKey())) {
					for (String marker : entry.getValue()) {
						assertThat(body).as(name + " as " + actor + " shows " + entry.getKey() + "'s data").doesNotContain(marker);
					}
				}
			}
		}
	}

	private static Outcome observed(MvcResult result, Endpoint endpoint) {
		int status = result.getResponse().getStatus();
		String redirect = result.getResponse().getRedirectedUrl();
		if (status == 401 || (!endpoint.isApi() && !endpoint.isPublic() && redirect != null && redirect.endsWith("/login"))) {
			return Outcome.LOGIN;
		}
		if (status == 403) {
			return Outcome.FORBIDDEN;
		}
		if (status == 404) {
			return Outcome.NOT_FOUND;
		}
		if (status >= 200 && status < 400 && problem(result) == null) {
			return Outcome.OK;
		}
		return null;
	}

	/** What a page said was wrong: a flash problem, a problem on the page, or errors on the form. */
	private static String problem(MvcResult result) {
		Object flash = result.getFlashMap() == null ? null : result.getFlashMap().get("problem");
		if (flash != null) {
			return flash.toString();
		}
		if (result.getModelAndView() != null) {
			Map<String, Object> model = result.getModelAndView().getModel();
			if (model.get("problem") != null) {
				return model.get("problem").toString();
			}
			for (Object value : model.values()) {
				if (value instanceof BindingResult binding && binding.hasErrors()) {
					return binding.getAllErrors().toString();
				}
			}
			if (model.get("problems") instanceof List<?> problems && !problems.isEmpty()) {
				return problems.toString();
			}
		}
		return null;
	}

	private static String describe(MvcResult result) {
		String problem = problem(result);
		String body;
		try {
			body = result.getResponse().getContentAsString();
		}
		catch (Exception ex) {
			body = "";
		}
		return result.getResponse().getStatus() + (result.getResponse().getRedirectedUrl() == null ? "" : " to "
				+ result.getResponse().getRedirectedUrl()) + (problem == null ? "" : ", problem: " + problem)
				+ (result.getResponse().getStatus() >= 400 && body.length() < 600 ? ", " + body : "");
	}

	private static String body(MvcResult result) throws Exception {
		byte[] bytes = result.getResponse().getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		if (bytes.length > 4 && new String(bytes, 0, 5).equals("%PDF-")) {
			try (PdfReader reader = new PdfReader(bytes)) {
				for (int page = 1; page <= reader.getNumberOfPages(); page++) {
					text.append(new PdfTextExtractor(reader).getTextFromPage(page));
				}
			}
		}
		else {
			text.append(result.getResponse().getContentAsString());
		}
		if (result.getFlashMap() != null) {
			result.getFlashMap().values().forEach(value -> text.append(' ').append(value));
		}
		return text.toString();
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
				.filter(pattern -> !pattern.equals("/error")).forEach(pattern -> info.getMethodsCondition().getMethods()
						.forEach(verb -> mapped.add(verb.name() + " " + pattern))));
		Set<String> listed = endpoints().stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
		assertThat(mapped).as("endpoints with no row in the matrix").isSubsetOf(listed);
		assertThat(listed).as("rows for endpoints that no longer exist").isSubsetOf(mapped);
	}

	/** The records one cell asks for: a fresh set where the actor may change them, the shared set otherwise. */
	final class Records {

		private final Map<String, Object> made = new HashMap<>();
		LeadId lead;

		/** Made on first ask, the same record after that; one record may be made of another. */
		@SuppressWarnings("unchecked")
		<T> T once(String what, Supplier<T> make) {
			if (!made.containsKey(what)) {
				made.put(what, make.get());
			}
			return (T) made.get(what);
		}
	}

	/** One cell's actor and records, made through the services as the people who would make them. */
	final class Cell {

		final Actor actor;
		final Records records;

		Cell(Actor actor, Records records) {
			this.actor = actor;
			this.records = records;
		}

		String northwind() {
			return northwind.toString();
		}

		String harbour() {
			return harbour.toString();
		}

		/** A Silver reseller of this cell's own, for changes that must not touch the demo's partners. */
		String freshPartner() {
			return records.once("freshPartner", () -> accounts.freshPartner("RESELLER", PartnerTier.SILVER, "NS").id()).toString();
		}

		/** The cell's own partner, holding ISO9001 (recorded by the channel team), for a removal of its own. */
		String partnerCertified() {
			String partner = freshPartner();
			records.once("certified", () -> {
				accounts.as("channel", () -> certifications.hold(new PartnerId(UUID.fromString(partner)), "ISO9001", null));
				return partner;
			});
			return partner;
		}

		/** The demo's channel manager, Casey Channel, as an account manager to name. */
		/** A published course with a PDF, the same for every cell. */
		String course() {
			if (course == null) {
				course = trainingFixtures.publishedCourse();
			}
			return course.toString();
		}

		/** A certification Northwind's rep holds, the same for every cell: its id. */
		String northwindCertificate() {
			if (northwindCertificate == null) {
				northwindCertificate = trainingFixtures.heldBy("northwind.rep");
			}
			return northwindCertificate.toString();
		}

		/** A region's scorecard formula of this cell's own, set by the vendor admin: its id. */
		String scorecardFormula() {
			return records.once("scorecardFormula", () -> accounts.as("admin", () -> scorecards.setFormula(null,
					"F" + unique(), "engagement")).id()).toString();
		}

		/** The demo's manual badge, "Partner of the quarter". */
		String manualBadge() {
			return "6f1c3a52-5b1e-4d0e-9a51-0b5c1f6f0006";
		}

		/** "Partner of the quarter", awarded to this cell's own partner by the channel manager: the award's id. */
		String badgeAward() {
			return records.once("badgeAward", () -> accounts.as("channel", () -> badges.award(new PartnerId(
					UUID.fromString(freshPartner())), UUID.fromString(manualBadge()), "Matrix")).id()).toString();
		}

		/** A Silver-to-Gold proposal for this cell's own partner, as an assessment makes it. */
		String tierProposal() {
			return records.once("tierProposal", () -> tierFixtures.proposal(new PartnerId(UUID.fromString(freshPartner())),
					PartnerTier.SILVER, PartnerTier.GOLD, 60)).toString();
		}

		/** The text given, as it is: lets a request's lambda set something up before it. */
		String then(String text) {
			return text;
		}

		/** The actor has not answered this quarter's satisfaction question yet. */
		Cell unanswered() {
			if (actor.username != null) {
				tierFixtures.forgetAnswers(accounts.idOf(actor.username));
			}
			return this;
		}

		String channelManagerId() {
			return accounts.idOf("channel").toString();
		}

		/** A prospect of this cell's own, New, entered by the channel manager. */
		String prospect() {
			return records.once("prospect", () -> accounts.as("channel", () -> prospects.add(newProspect())).id());
		}

		/** A prospect of this cell's own, qualified, ready to convert. */
		String qualifiedProspect() {
			return records.once("qualifiedProspect", () -> accounts.as("channel", () -> {
				String id = prospects.add(newProspect()).id();
				prospects.move(UUID.fromString(id), org.concord.partners.ProspectStage.QUALIFIED, null);
				return id;
			}));
		}

		private org.concord.partners.NewProspect newProspect() {
			String u = unique();
			return new org.concord.partners.NewProspect("Matrix Prospect " + u, "Pat Prospect", "pat@prospect-" + u + ".example",
					null, null, "CA", "NS", null, null, null, null);
		}

		String unique() {
			return records.once("unique", () -> UUID.randomUUID().toString().replace("-", "").substring(0, 10));
		}

		/** An integration key of this cell's own, made by the vendor admin: its secret. */
		String integrationKey() {
			return records.once("integrationKey", () -> accounts.as("admin", () -> integrationKeys.create("matrix " + unique())).secret());
		}

		/** An integration key of this cell's own, to revoke. */
		String integrationKeyId() {
			return records.once("integrationKeyId", () -> accounts.as("admin", () -> integrationKeys.create("matrix " + unique())).key().id());
		}

		/** A client address of this cell's own, so the application form's limit per address is never what answers. */
		String clientAddress() {
			return records.once("clientAddress", () -> "10.77." + (Math.abs(unique().hashCode()) % 250) + "." + (Math.abs(unique().hashCode() / 250) % 250));
		}

		/** A partner type code no other cell uses. */
		String freshTypeCode() {
			return records.once("typeCode", () -> "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)
					.toUpperCase(java.util.Locale.ROOT));
		}

		String month() {
			return YearMonth.from(IsolationMatrixTests.this.today()).toString();
		}

		String today() {
			return IsolationMatrixTests.this.today().toString();
		}

		/** Northwind's registration waiting for review, Maple invited to sell it too. */
		String submitted() {
			return records.once("submitted", this::newRegistration).toString();
		}

		private RegistrationId newRegistration() {
			var id = registrationFixtures.register("northwind.rep", Prospect.fresh(), "cube").id();
			invite(id, maple, "maple.rep", AttributionRole.CO_SELL);
			return id;
		}

		String approved() {
			return records.once("approved", () -> {
				var id = newRegistration();
				accounts.as("channel", () -> {
					registrations.approve(id);
				});
				return id;
			}).toString();
		}

		String returned() {
			return records.once("returned", () -> {
				var id = newRegistration();
				accounts.as("channel", () -> {
					registrations.returnForInformation(id, "How many sites?");
				});
				return id;
			}).toString();
		}

		String renewalRequested() {
			return records.once("renewalRequested", () -> {
				var id = newRegistration();
				accounts.as("channel", () -> {
					registrations.approve(id);
				});
				accounts.as("northwind.rep", () -> renewals.request(id));
				return id;
			}).toString();
		}

		String won() {
			return records.once("won", () -> {
				var id = newRegistration();
				accounts.as("channel", () -> {
					registrations.approve(id);
				});
				accounts.as("northwind.rep", () -> {
					deals.markWon(id, "Signed");
				});
				return id;
			}).toString();
		}

		String contract() {
			return records.once("contract", () -> accounts.as("channel",
					() -> contracts.open(new OpenContract(UUID.fromString(won()), IsolationMatrixTests.this.today(), 12)))).toString();
		}

		String invoice() {
			return records.once("invoice", () -> accounts.as("channel",
					() -> contracts.issueInvoice(new ContractId(UUID.fromString(contract())), YearMonth.from(IsolationMatrixTests.this.today()))))
					.toString();
		}

		/** An invoice paid: commission a payout can take. */
		String paid() {
			return records.once("paid", () -> accounts.as("channel", () -> receipts.recordPayment(new NewPayment(
					UUID.fromString(invoice()), PaymentKind.PAYMENT, new BigDecimal("1000.00"), IsolationMatrixTests.this.today(),
					"matrix-" + UUID.randomUUID(), null))).id()).toString();
		}

		/** A payout that Finley Finance prepared, so that Avery Admin may approve it (four eyes). */
		String preparedPayout() {
			return records.once("preparedPayout", () -> {
				paid();
				return accounts.as("finance", () -> payouts.prepare(IsolationMatrixTests.this.today()));
			}).toString();
		}

		String payoutLine() {
			UUID batch = UUID.fromString(preparedPayout());
			return accounts.as("finance", () -> payouts.get(batch)).lines().stream()
					.filter(l -> l.amount().isPositive()).findFirst().orElseThrow().entryId().toString();
		}

		String approvedPayout() {
			return records.once("approvedPayout", () -> {
				UUID batch = UUID.fromString(preparedPayout());
				UUID line = UUID.fromString(payoutLine());
				accounts.as("admin", () -> {
					payouts.approve(batch, Set.of(line));
				});
				return batch;
			}).toString();
		}

		String contact() {
			return records.once("contact", () -> registrationFixtures.contact("northwind.rep", Prospect.fresh())).toString();
		}

		/** A contact of the actor's own company (or Northwind's, for anyone who is not a partner). */
		String ownContact() {
			return records.once("ownContact", () -> registrationFixtures.contact(actor.isPartner() ? actor.username : "northwind.rep",
					Prospect.fresh())).toString();
		}

		String partnerOfActor() {
			return actor.isPartner() ? accounts.partnerOf(actor.username).toString() : northwind.toString();
		}

		String repOfActor() {
			return actor.isPartner() ? accounts.idOf(actor.username).toString() : accounts.idOf("northwind.rep").toString();
		}

		/** A lead offered to Northwind. */
		String lead() {
			if (records == shared) {
				return shared.lead.toString();
			}
			return records.once("lead", () -> handLead(northwind)).toString();
		}

		String assistance() {
			return records.once("assistance", () -> {
				var id = newRegistration();
				accounts.as("channel", () -> {
					registrations.approve(id);
				});
				accounts.as("northwind.rep", () -> {
					assistance.request(id, AssistanceKind.PRICING_ADVICE, "Room for a discount?");
				});
				return jdbc.queryForObject("select id from assistance_request where registration_id = ?", UUID.class, id.value());
			}).toString();
		}

		/** A conflict waiting for a channel manager: a direct deal entered on the day Northwind registered. */
		String conflict() {
			return records.once("conflict", () -> {
				Prospect prospect = Prospect.fresh();
				var id = registrationFixtures.register("northwind.rep", prospect, "cube").id();
				accounts.as("channel", () -> {
					registrations.approve(id);
				});
				accounts.as("sales", () -> conflicts.addDirectOpportunity(new NewDirectOpportunity(prospect.company(),
						prospect.website(), prospect.email(), prospect.phone(), "cube", Stage.QUALIFIED)));
				return jdbc.queryForObject("select id from channel_conflict where registration_id = ?", UUID.class, id.value());
			}).toString();
		}

		/** Northwind's prospect assigned to the vendor, approved: the channel team gives it a vendor sales rep. */
		String forVendor() {
			return records.once("forVendor", () -> {
				var id = registrationFixtures.registerForVendor("northwind.rep", Prospect.fresh()).id();
				accounts.as("channel", () -> {
					registrations.approve(id);
				});
				return id;
			}).toString();
		}

		/**
		 * Northwind's registration refused as already registered (Harbour held the company), and the claim since ended:
		 * Northwind, first in line, may register it again.
		 */
		String waitingDuplicate() {
			return records.once("waitingDuplicate", () -> {
				Prospect prospect = Prospect.fresh();
				var held = registrationFixtures.register("harbour.rep", prospect, "cube").id();
				var refused = registrationFixtures.register("northwind.rep", prospect, "cube");
				assertThat(refused.alreadyRegistered()).isTrue();
				accounts.as("channel", () -> {
					registrations.reject(held, RejectionReason.OTHER, "Out of territory");
				});
				return refused.id();
			}).toString();
		}

		/** A direct opportunity the vendor's sales team entered. */
		String direct() {
			return records.once("direct", () -> accounts.as("sales", () -> conflicts.addDirectOpportunity(new NewDirectOpportunity(
					"Direct " + UUID.randomUUID(), null, null, null, "cube", Stage.QUALIFIED)))).toString();
		}

		String salesRep() {
			return accounts.idOf("sales").toString();
		}

		/** A rep of Northwind, made for the cell, to be deactivated or given another role. */
		String person() {
			return records.once("person", () -> {
				String username = "m" + UUID.randomUUID().toString().substring(0, 8);
				provisioning.provision(List.of(new Invitation(username, username + "@northwind.example", "Matrix " + username,
						Role.PARTNER_REP, northwind)), WebSession.PASSWORD);
				return accounts.idOf(username);
			}).toString();
		}

		String northwindRep() {
			return accounts.idOf("northwind.rep").toString();
		}

		/** A notice of the actor's own, made for the cell: its id. */
		String ownNotice() {
			if (actor.username == null) {
				return UUID.randomUUID().toString();
			}
			String text = "Matrix notice " + UUID.randomUUID();
			UUID person = accounts.idOf(actor.username);
			inbox.post(new UserId(person), text, "/");
			return jdbc.queryForObject("select id from portal_notification where recipient_id = ? and message = ?", UUID.class,
					person, text).toString();
		}

		/** A conversation Northwind's rep started: its id. */
		String northwindThread() {
			return records.once("thread", () -> accounts.as("northwind.rep", () -> messages.start(
					new org.concord.messages.NewThread(null, "Matrix question", "Hello"))).id()).toString();
		}

		/** A library file for every partner: its id. */
		String resource() {
			return records.once("resource", () -> accounts.as("channel", () -> library.add(new org.concord.content.ResourceDraft(
					"Matrix sheet", null, org.concord.content.ResourceCategory.SALES_TOOLS, null, null, null, null, null, null),
					new org.concord.content.Upload("sheet.pdf", new java.io.ByteArrayInputStream(TrainingFixtures.samplePdf()))))
					.id()).toString();
		}

		/** A co-branded PDF for every partner: its id. */
		String coBranded() {
			return records.once("co-branded", () -> accounts.as("channel", () -> library.add(new org.concord.content.ResourceDraft(
					"Matrix flyer", null, org.concord.content.ResourceCategory.CO_BRANDED, null, null, null, null, null, null),
					new org.concord.content.Upload("flyer.pdf", new java.io.ByteArrayInputStream(TrainingFixtures.samplePdf()))))
					.id()).toString();
		}

		/** An announcement to every partner, live: its id. */
		String announcement() {
			return records.once("announcement", () -> accounts.as("channel", () -> announcements.post(
					new org.concord.rooms.AnnouncementDraft("Matrix news", "For everyone", false, null, null, null, null, null)))
					.id()).toString();
		}

		/** An API token of the actor's own, made for revoking. */
		String ownToken() {
			if (actor.username == null) {
				return UUID.randomUUID().toString();
			}
			return accounts.as(actor.username, () -> accounts.tokens().create("to revoke", null)).token().id().toString();
		}

		String freshSource() {
			return records.once("source", () -> {
				String label = "Matrix source " + UUID.randomUUID().toString().substring(0, 8);
				accounts.as("admin", () -> {
					registrationSettings.addOpportunitySource(label);
				});
				return label.toUpperCase().replaceAll("[^A-Z0-9]+", "_");
			});
		}

		/** The month after the last one whose statements are issued, long ago: closing it disturbs no other test. */
		String unissuedOldMonth() {
			YearMonth next = accounts.as("admin", () -> statements.closedThrough()).map(m -> m.plusMonths(1))
					.orElse(YearMonth.of(2015, 1));
			assertThat(next.isBefore(YearMonth.of(2021, 1))).as("an old month: " + next).isTrue();
			return next.toString();
		}

		String brand() {
			return matrixBrand.toString();
		}

		/** The terms version with every partner's negotiated rate. */
		String termsVersion() {
			return String.valueOf(negotiatedTerms);
		}

		/** A reset link of a person made for it (a Northwind rep). */
		String resetToken() {
			return records.once("resetToken", () -> accounts.resetToken(person().isEmpty() ? null : usernameOf(person())));
		}

		String invitationToken() {
			return records.once("invitationToken", () -> accounts.invitationToken(northwind));
		}

		String registrationBody() {
			String partner = partnerOfActor();
			String rep = repOfActor();
			return """
					{"contactId":"%s","product":"cube","estimatedMrr":"1250.00","currency":"CAD","expectedCloseDate":"%s",
					"stage":"QUALIFIED","notes":"From the matrix","assignment":"PARTNER_WORKING","partnerAssignedId":"%s",
					"partnerRepAssignedId":"%s","opportunitySource":"LIGHTHOUSE_PARTNER","partnerProvidingId":"%s",
					"partnerRepProvidingId":"%s"}""".formatted(ownContact(), IsolationMatrixTests.this.today().plusDays(60), partner,
					rep, partner, rep);
		}

		String contactBody() {
			Prospect prospect = Prospect.fresh();
			return """
					{"firstName":"Jane","lastName":"Buyer","email":"%s","phone":"%s","companyName":"%s","website":"%s",
					"street":"1 Main St","city":"Halifax","region":"NS","country":"CA","consentType":"EXPRESS",
					"consentObtainedHow":"asked on the phone","consentObtainedOn":"%s","consentObtainedBy":"Ned"}"""
					.formatted(prospect.email(), prospect.phone(), prospect.company(), prospect.website(), today());
		}

		String leadBody() {
			String region = LeadFixtures.territory();
			String code = UUID.randomUUID().toString().substring(0, 8);
			return """
					{"contact":{"firstName":"Lena","lastName":"Lead","email":"lena@%s.example","phone":"%s","companyName":"Lead %s Ltd",
					"website":"www.%s.example","street":"5 Spring Garden Rd","city":"Halifax","region":"%s","country":"CA",
					"consentType":"EXPRESS","consentObtainedHow":"web form","consentObtainedOn":"%s","consentObtainedBy":"Casey"},
					"product":"lighthouse","industry":"healthcare","estimatedMrr":"2400.00","currency":"CAD","notes":"A demo"}"""
					.formatted(code, Prospect.freshPhone(), code, code, region, today());
		}

		String leadCsv() {
			return "company,first_name,last_name,email,phone,website,street,city,region,country,product,estimated_mrr,currency,notes,"
					+ "consent_type,consent_obtained_how,consent_obtained_on,consent_obtained_by\n" + "Csv " + UUID.randomUUID()
					+ " Ltd,Lena,Lead,lena@" + UUID.randomUUID().toString().substring(0, 8) + ".example," + Prospect.freshPhone()
					+ ",www." + UUID.randomUUID().toString().substring(0, 8) + ".example,1 Main St,Halifax,"
					+ LeadFixtures.territory() + ",CA,lighthouse,1500.00,CAD,notes,EXPRESS,booth," + today() + ",Casey\n";
		}

		String paymentCsv() {
			return "invoice_id,kind,amount,received_on,reference\n" + invoice() + ",PAYMENT,100.00," + today() + ",csv-"
					+ UUID.randomUUID() + "\n";
		}

		String invoiceCsv() {
			return "contract_id,month\n" + contract() + "," + YearMonth.from(IsolationMatrixTests.this.today()).plusMonths(1) + "\n";
		}
	}

	private LeadId handLead(PartnerId partner) {
		LeadId lead = leadFixtures.create(leadFixtures.lead(LeadFixtures.territory())); // nobody there: a channel manager assigns
		accounts.as("channel", () -> {
			leads.assign(lead, partner);
		});
		return lead;
	}

	private void invite(RegistrationId registration, PartnerId partner, String rep, AttributionRole role) {
		accounts.as("channel", () -> {
			deals.invitePartner(registration, partner, new UserId(accounts.idOf(rep)), role);
		});
	}

	private String usernameOf(String userId) {
		return jdbc.queryForObject("select username from user_account where id = ?", String.class, UUID.fromString(userId));
	}

	private static RegistrationId registrationId(String id) {
		return new RegistrationId(UUID.fromString(id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static MockMultipartFile matrixPdf() {
		return new MockMultipartFile("file", "matrix.pdf", "application/pdf", "%PDF-1.4 matrix".getBytes());
	}

	private static MockMultipartFile matrixResource(String title) {
		return new MockMultipartFile("resource", "", "application/json",
				("{\"title\":\"" + title + "\",\"category\":\"SALES_TOOLS\"}").getBytes());
	}

	private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static AbstractMockHttpServletRequestBuilder<?> csv(String path, String body) {
		return post(path).contentType("text/csv").content(body);
	}

	private static AbstractMockHttpServletRequestBuilder<?> upload(String path, String name, byte[] content) {
		return multipart(path).file(new MockMultipartFile(name, name + ".csv", "text/csv", content));
	}

	private static byte[] png() {
		try {
			var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Endpoint> endpoints() {
		List<Endpoint> all = new ArrayList<>();
		all.addAll(publicEndpoints());
		all.addAll(identity());
		all.addAll(partnersAndContacts());
		all.addAll(registrationEndpoints());
		all.addAll(leadEndpoints());
		all.addAll(commissionEndpoints());
		return all;
	}

	private static Endpoint e(String method, String pattern, Function<Cell, AbstractMockHttpServletRequestBuilder<?>> request, String outcomes) {
		return new Endpoint(method, pattern, request, outcomes);
	}

	private static List<Endpoint> publicEndpoints() {
		return List.of(
				e("GET", "/login", c -> get("/login"), PUBLIC),
				e("GET", "/forgot-username", c -> get("/forgot-username"), PUBLIC),
				e("POST", "/forgot-username", c -> post("/forgot-username").param("email", "nobody-" + UUID.randomUUID() + "@x.example"), PUBLIC),
				e("GET", "/forgot-password", c -> get("/forgot-password"), PUBLIC),
				e("POST", "/forgot-password", c -> post("/forgot-password").param("username", "nobody-" + UUID.randomUUID()), PUBLIC),
				// a link's own token says whose password is set, whoever follows it
				e("GET", "/reset-password", c -> get("/reset-password").param("token", c.resetToken()), PUBLIC),
				e("POST", "/reset-password", c -> post("/reset-password").param("token", c.resetToken())
						.param("password", "a long passphrase for spring").param("confirmation", "a long passphrase for spring"), PUBLIC),
				e("GET", "/invitation", c -> get("/invitation").param("token", c.invitationToken()), PUBLIC),
				e("POST", "/invitation", c -> post("/invitation").param("token", c.invitationToken())
						.param("password", "a long passphrase for spring").param("confirmation", "a long passphrase for spring"), PUBLIC),
				e("GET", "/consent-types", c -> get("/consent-types"), PUBLIC),
				e("GET", "/brand/logo", c -> get("/brand/logo"), PUBLIC),
				e("GET", "/brand/theme.css", c -> get("/brand/theme.css"), PUBLIC),
				e("GET", "/swagger-ui.html", c -> get("/swagger-ui.html"), PUBLIC),
				e("GET", "/v3/api-docs", c -> get("/v3/api-docs"), PUBLIC),
				e("GET", "/v3/api-docs.yaml", c -> get("/v3/api-docs.yaml"), PUBLIC),
				e("GET", "/v3/api-docs/swagger-config", c -> get("/v3/api-docs/swagger-config"), PUBLIC));
	}

	private static List<Endpoint> identity() {
		return List.of(
				e("GET", "/", c -> get("/"), EVERYONE),
				e("GET", "/admin/audit", c -> get("/admin/audit"), VENDOR_ADMIN),
				e("GET", "/admin/sent-mail", c -> get("/admin/sent-mail"), VENDOR_ADMIN),
				e("GET", "/admin/brands", c -> get("/admin/brands"), VENDOR_ADMIN),
				e("GET", "/admin/brands/{id}", c -> get("/admin/brands/" + c.brand()), VENDOR_ADMIN),
				e("POST", "/admin/brands/{id}", c -> post("/admin/brands/" + c.brand()).param("name", "Matrix Brand")
						.param("host", "matrix-" + c.brand().substring(0, 6) + ".localhost").param("primaryColour", "#111111")
						.param("accentColour", "#222222").param("supportEmail", "partner@matrix.example")
						.param("senderAddress", "no-reply@matrix.example"), VENDOR_ADMIN),
				e("POST", "/admin/brands/{id}/logo", c -> multipart("/admin/brands/" + c.brand() + "/logo")
						.file(new MockMultipartFile("logo", "logo.png", "image/png", png())), VENDOR_ADMIN),
				e("GET", "/admin/safeguards", c -> get("/admin/safeguards"), VENDOR_ADMIN),
				e("POST", "/admin/safeguards", c -> post("/admin/safeguards").param("apiTokenLifetimeDays", "90")
						.param("payoutFourEyes", "true"), VENDOR_ADMIN),
				e("GET", "/api/v1/safeguards", c -> get("/api/v1/safeguards"), EVERYONE),
				e("PUT", "/api/v1/safeguards", c -> json(put("/api/v1/safeguards"),
						"{\"apiTokenLifetimeDays\":90,\"payoutFourEyes\":true}"), VENDOR_ADMIN),
				e("GET", "/settings/api-tokens", c -> get("/settings/api-tokens"), EVERYONE),
				e("POST", "/settings/api-tokens", c -> post("/settings/api-tokens").param("name", "matrix"), EVERYONE),
				e("POST", "/settings/api-tokens/{id}/revoke", c -> post("/settings/api-tokens/" + c.ownToken() + "/revoke"), EVERYONE),
				e("GET", "/people", c -> get("/people"), EVERYONE),
				e("GET", "/people/invite", c -> get("/people/invite"), PEOPLE_ADMINS),
				e("POST", "/people/invite", c -> {
					String username = "i" + UUID.randomUUID().toString().substring(0, 8);
					return post("/people/invite").param("username", username).param("email", username + "@invited.example")
							.param("displayName", "Invited " + username).param("role", "PARTNER_REP").param("partnerId", c.northwind());
				}, PEOPLE_ADMINS),
				e("GET", "/people/{id}", c -> get("/people/" + c.northwindRep()), NORTHWINDS),
				e("POST", "/people/{id}/deactivate", c -> post("/people/" + c.person() + "/deactivate"), NORTHWINDS_PERSON_MANAGED),
				e("POST", "/people/{id}/role", c -> post("/people/" + c.person() + "/role").param("role", "PARTNER_ADMIN"), NORTHWINDS_PERSON_MANAGED),
				e("POST", "/people/{id}/functional-role", c -> post("/people/" + c.person() + "/functional-role")
						.param("functionalRole", "SALES"), NORTHWINDS_PERSON_MANAGED),
				e("PUT", "/api/v1/users/{id}/functional-role", c -> json(put("/api/v1/users/" + c.person() + "/functional-role"),
						"{\"functionalRole\":\"TECHNICAL\"}"), NORTHWINDS_PERSON_MANAGED),
				e("GET", "/event-attendance", c -> get("/event-attendance"), CHANNEL_TEAM),
				e("POST", "/event-attendance", c -> post("/event-attendance").param("event", "Matrix summit")
						.param("attendedOn", "2026-01-15").param("emails", "nobody@matrix.example"), CHANNEL_TEAM),
				e("POST", "/people/{id}/event-attendance", c -> post("/people/" + c.person() + "/event-attendance")
						.param("event", "Matrix summit").param("attendedOn", "2026-01-15"), CHANNEL_TEAM),
				e("POST", "/api/v1/event-attendance", c -> json(post("/api/v1/event-attendance"),
						"{\"event\":\"Matrix summit\",\"attendedOn\":\"2026-01-15\",\"emails\":[\"nobody@matrix.example\"]}"),
						CHANNEL_TEAM),
				e("GET", "/api/v1/me", c -> get("/api/v1/me"), EVERYONE),
				e("GET", "/settings/profile", c -> get("/settings/profile"), EVERYONE),
				e("POST", "/settings/profile", c -> post("/settings/profile").param("timeZone", "America/Halifax"), EVERYONE),
				e("GET", "/api/v1/me/settings", c -> get("/api/v1/me/settings"), EVERYONE),
				e("PUT", "/api/v1/me/settings", c -> json(put("/api/v1/me/settings"), "{\"timeZone\":\"America/Halifax\"}"), EVERYONE),
				e("GET", "/settings/notifications", c -> get("/settings/notifications"), EVERYONE),
				e("POST", "/settings/notifications", c -> post("/settings/notifications").param("STAGE_CHANGES", "IMMEDIATE"), EVERYONE),
				e("GET", "/api/v1/me/notification-preferences", c -> get("/api/v1/me/notification-preferences"), EVERYONE),
				e("PUT", "/api/v1/me/notification-preferences", c -> json(put("/api/v1/me/notification-preferences"),
						"{\"STAGE_CHANGES\":\"IMMEDIATE\"}"), EVERYONE),
				e("GET", "/api/v1/users", c -> get("/api/v1/users"), EVERYONE),
				e("POST", "/api/v1/users", c -> {
					String username = "a" + UUID.randomUUID().toString().substring(0, 8);
					return json(post("/api/v1/users"), "{\"username\":\"" + username + "\",\"email\":\"" + username
							+ "@invited.example\",\"displayName\":\"Invited\",\"role\":\"PARTNER_REP\",\"partnerId\":\"" + c.northwind() + "\"}");
				}, PEOPLE_ADMINS),
				e("GET", "/api/v1/users/{id}", c -> get("/api/v1/users/" + c.northwindRep()), NORTHWINDS),
				e("GET", "/api/v1/users/{id}/engagement", c -> get("/api/v1/users/" + c.northwindRep() + "/engagement"), NORTHWINDS),
				e("POST", "/api/v1/users/{id}/deactivation", c -> post("/api/v1/users/" + c.person() + "/deactivation"), NORTHWINDS_PERSON_MANAGED));
	}

	private static List<Endpoint> partnersAndContacts() {
		String newPartner = "{\"name\":\"Matrix %s\",\"type\":\"RESELLER\",\"tier\":\"SILVER\",\"country\":\"CA\"}";
		return List.of(
				e("GET", "/partners", c -> get("/partners"), EVERYONE),
				e("GET", "/partners/new", c -> get("/partners/new"), CHANNEL_TEAM),
				e("POST", "/partners/new", c -> post("/partners/new").param("name", "Matrix " + UUID.randomUUID())
						.param("type", "RESELLER").param("tier", "SILVER").param("country", "CA"), CHANNEL_TEAM),
				e("GET", "/partners/{id}", c -> get("/partners/" + c.northwind()), NORTHWINDS),
				// the demo profile of Northwind, sent back as it is
				e("POST", "/partners/{id}/routing-profile", c -> post("/partners/" + c.northwind() + "/routing-profile")
						.param("postalPrefixes", "b3, b4, e1").param("latitude", "44.65").param("longitude", "-63.58")
						.param("products", "lighthouse, cube").param("industries", "construction, manufacturing, healthcare")
						.param("certifications", "iso 45001").param("leadCapacity", "10").param("leadFlowOn", "true"), CHANNEL_TEAM),
				e("POST", "/partners/{id}/lead-flow", c -> post("/partners/" + c.northwind() + "/lead-flow").param("on", "true"),
						Expect.permitted(Permission.SWITCH_LEAD_FLOW).onNorthwinds().toString()),
				e("GET", "/api/v1/partners", c -> get("/api/v1/partners"), EVERYONE),
				e("POST", "/api/v1/partners", c -> json(post("/api/v1/partners"), newPartner.formatted(UUID.randomUUID())), CHANNEL_TEAM),
				e("GET", "/api/v1/partners/{id}", c -> get("/api/v1/partners/" + c.northwind()), NORTHWINDS),
				e("GET", "/api/v1/partners/{id}/routing-profile", c -> get("/api/v1/partners/" + c.northwind() + "/routing-profile"),
						NORTHWINDS),
				e("PUT", "/api/v1/partners/{id}/routing-profile", c -> json(put("/api/v1/partners/" + c.northwind() + "/routing-profile"),
						"{\"postalPrefixes\":[\"b3\",\"b4\",\"e1\"],\"latitude\":44.65,\"longitude\":-63.58,\"products\":[\"lighthouse\",\"cube\"],"
								+ "\"industries\":[\"construction\",\"manufacturing\",\"healthcare\"],\"certifications\":[\"iso 45001\"],"
								+ "\"leadCapacity\":10,\"leadFlowOn\":true}"), CHANNEL_TEAM),
				e("POST", "/partners/{id}/classification", c -> post("/partners/" + c.freshPartner() + "/classification")
						.param("type", "OEM").param("tier", "GOLD").param("reason", "Matrix"), CHANNEL_TEAM),
				e("PUT", "/api/v1/partners/{id}/classification", c -> json(put("/api/v1/partners/" + c.freshPartner()
						+ "/classification"), "{\"type\":\"OEM\",\"tier\":\"GOLD\",\"reason\":\"Matrix\"}"), CHANNEL_TEAM),
				// Northwind's demo profile (empty), sent back as it is: a partner admin may, its vendor part unchanged; the page
				// reads the profile first (404 for another partner), then asks for the permission
				e("POST", "/partners/{id}/profile", c -> post("/partners/" + c.northwind() + "/profile"),
						Expect.permitted(Permission.USE_PORTAL).onNorthwinds().thenPermitted(Permission.EDIT_COMPANY).toString()),
				e("GET", "/api/v1/partners/{id}/profile", c -> get("/api/v1/partners/" + c.northwind() + "/profile"), NORTHWINDS),
				e("PUT", "/api/v1/partners/{id}/profile", c -> json(put("/api/v1/partners/" + c.northwind() + "/profile"),
						"{\"regionsServed\":[],\"specialisations\":[],\"programs\":[],\"website\":\"https://northwind.example\"}"),
						Expect.permitted(Permission.EDIT_COMPANY).onNorthwinds().toString()),
				// the cell's own partner's checklist: step 1 on the page, step 3 through the API
				e("POST", "/partners/{id}/onboarding/{position}", c -> post("/partners/" + c.freshPartner() + "/onboarding/1"),
						Expect.permitted(Permission.EDIT_COMPANY).onACellsOwnPartner().toString()),
				e("GET", "/api/v1/partners/{id}/onboarding", c -> get("/api/v1/partners/" + c.northwind() + "/onboarding"), NORTHWINDS),
				e("POST", "/api/v1/partners/{id}/onboarding/{position}/done", c -> post("/api/v1/partners/" + c.freshPartner()
						+ "/onboarding/3/done"), Expect.permitted(Permission.EDIT_COMPANY).onACellsOwnPartner().toString()),
				// Distributor's checklist as it is, sent back
				e("GET", "/api/v1/partner-types/{code}/onboarding-steps", c -> get("/api/v1/partner-types/DISTRIBUTOR/onboarding-steps"),
						EVERYONE),
				e("PUT", "/api/v1/partner-types/{code}/onboarding-steps", c -> json(put("/api/v1/partner-types/DISTRIBUTOR/onboarding-steps"),
						"[{\"title\":\"Sign the partner agreement\",\"owner\":\"PARTNER\",\"dueDays\":7},{\"title\":\"Kick-off call with your account manager\",\"owner\":\"VENDOR\",\"dueDays\":14},{\"title\":\"Invite your sales team to the portal\",\"owner\":\"PARTNER\",\"dueDays\":14},{\"title\":\"Complete the product training\",\"owner\":\"PARTNER\",\"dueDays\":30},{\"title\":\"Register your first opportunity\",\"owner\":\"PARTNER\",\"dueDays\":60}]"), VENDOR_ADMIN),
				e("POST", "/admin/partner-types/{code}/onboarding-steps", c -> post("/admin/partner-types/DISTRIBUTOR/onboarding-steps")
						.param("steps", "partner | 7 | Sign the partner agreement\nvendor | 14 | Kick-off call with your account manager\npartner | 14 | Invite your sales team to the portal\npartner | 30 | Complete the product training\npartner | 60 | Register your first opportunity"), VENDOR_ADMIN),
				e("POST", "/partners/{id}/certifications", c -> post("/partners/" + c.northwind() + "/certifications")
						.param("name", "Matrix certification").param("expiresOn", c.today()), CHANNEL_TEAM),
				e("POST", "/partners/{id}/certifications/remove", c -> post("/partners/" + c.partnerCertified() + "/certifications/remove")
						.param("name", "ISO9001"), CHANNEL_TEAM),
				e("GET", "/api/v1/partners/{id}/certifications", c -> get("/api/v1/partners/" + c.northwind() + "/certifications"),
						NORTHWINDS),
				e("PUT", "/api/v1/partners/{id}/certifications", c -> json(put("/api/v1/partners/" + c.northwind() + "/certifications"),
						"{\"name\":\"Matrix certification\",\"expiresOn\":null}"), CHANNEL_TEAM),
				e("DELETE", "/api/v1/partners/{id}/certifications/{name}", c -> delete("/api/v1/partners/" + c.partnerCertified()
						+ "/certifications/ISO9001"), CHANNEL_TEAM),
				e("POST", "/partners/{id}/account-manager", c -> post("/partners/" + c.freshPartner() + "/account-manager")
						.param("manager", c.channelManagerId()), CHANNEL_TEAM),
				e("PUT", "/api/v1/partners/{id}/account-manager", c -> json(put("/api/v1/partners/" + c.freshPartner()
						+ "/account-manager"), "{\"accountManagerId\":\"" + c.channelManagerId() + "\"}"), CHANNEL_TEAM),
				e("GET", "/api/v1/partners/{id}/history", c -> get("/api/v1/partners/" + c.northwind() + "/history"), NORTHWINDS),
				e("GET", "/api/v1/partners/{id}/overview", c -> get("/api/v1/partners/" + c.northwind() + "/overview"), NORTHWINDS),
				e("GET", "/api/v1/partners/{id}/family", c -> get("/api/v1/partners/" + c.northwind() + "/family"), NORTHWINDS),
				e("PUT", "/api/v1/partners/{id}/test-data", c -> json(put("/api/v1/partners/" + c.freshPartner() + "/test-data"),
						"{\"testData\":true}"), CHANNEL_TEAM),
				e("POST", "/partners/{id}/test-data", c -> post("/partners/" + c.freshPartner() + "/test-data").param("test", "true"),
						CHANNEL_TEAM),
				e("GET", "/api/v1/partners/{id}/engagement-scores", c -> get("/api/v1/partners/" + c.northwind() + "/engagement-scores"),
						NORTHWINDS),
				e("GET", "/api/v1/engagement-scores", c -> get("/api/v1/engagement-scores").param("month", c.month()), VENDOR_STAFF),
				e("POST", "/api/v1/engagement-scores/{month}", c -> post("/api/v1/engagement-scores/" + c.month()), VENDOR_ADMIN),
				e("GET", "/engagement-scores", c -> get("/engagement-scores"), VENDOR_STAFF),
				e("GET", "/training", c -> get("/training"), EVERYONE),
				e("GET", "/training/courses/{id}", c -> get("/training/courses/" + c.course()), EVERYONE),
				e("GET", "/training/courses/{id}/file", c -> get("/training/courses/" + c.course() + "/file"), EVERYONE),
				e("POST", "/training/courses/{id}/attempts", c -> post("/training/courses/" + c.course() + "/attempts"), PARTNERS),
				e("GET", "/training/certificates/{id}.pdf", c -> get("/training/certificates/" + c.northwindCertificate() + ".pdf"),
						NORTHWINDS),
				e("GET", "/people/{id}/training", c -> get("/people/" + c.northwindRep() + "/training"), NORTHWINDS),
				e("GET", "/admin/courses/new", c -> get("/admin/courses/new"), VENDOR_ADMIN),
				e("POST", "/admin/courses/new", c -> post("/admin/courses/new").param("title", "Matrix course " + c.unique()),
						VENDOR_ADMIN),
				e("GET", "/admin/courses/{id}", c -> get("/admin/courses/" + c.course()), VENDOR_ADMIN),
				e("POST", "/admin/courses/{id}", c -> post("/admin/courses/" + c.course()).param("title", "Matrix course")
						.param("link", "https://learn.example/matrix").param("published", "true"), VENDOR_ADMIN),
				e("GET", "/admin/certifications", c -> get("/admin/certifications"), VENDOR_ADMIN),
				e("POST", "/admin/certifications", c -> post("/admin/certifications").param("name", "Matrix " + c.unique())
						.param("validityMonths", "12").param("courseIds", c.course()), VENDOR_ADMIN),
				e("GET", "/api/v1/courses", c -> get("/api/v1/courses"), EVERYONE),
				e("GET", "/api/v1/courses/{id}", c -> get("/api/v1/courses/" + c.course()), EVERYONE),
				e("POST", "/api/v1/courses", c -> json(post("/api/v1/courses"), "{\"title\":\"Matrix " + c.unique()
						+ "\",\"published\":false}"), VENDOR_ADMIN),
				e("PUT", "/api/v1/courses/{id}", c -> json(put("/api/v1/courses/" + c.course()), "{\"title\":\"Matrix course\","
						+ "\"link\":\"https://learn.example/matrix\",\"published\":true}"), VENDOR_ADMIN),
				e("PUT", "/api/v1/courses/{id}/file", c -> put("/api/v1/courses/" + c.course() + "/file")
						.contentType(MediaType.APPLICATION_PDF).content(TrainingFixtures.samplePdf()), VENDOR_ADMIN),
				e("GET", "/api/v1/courses/{id}/file", c -> get("/api/v1/courses/" + c.course() + "/file"), EVERYONE),
				e("POST", "/api/v1/courses/{id}/attempts", c -> json(post("/api/v1/courses/" + c.course() + "/attempts"),
						"{\"answers\":[]}"), PARTNERS),
				e("GET", "/api/v1/certifications", c -> get("/api/v1/certifications"), EVERYONE),
				e("POST", "/api/v1/certifications", c -> json(post("/api/v1/certifications"), "{\"name\":\"Matrix " + c.unique()
						+ "\",\"validityMonths\":12,\"courses\":[\"" + c.course() + "\"]}"), VENDOR_ADMIN),
				e("GET", "/api/v1/me/training", c -> get("/api/v1/me/training"), EVERYONE),
				e("GET", "/api/v1/users/{id}/training", c -> get("/api/v1/users/" + c.northwindRep() + "/training"), NORTHWINDS),
				e("GET", "/api/v1/person-certifications/{id}/certificate", c -> get("/api/v1/person-certifications/"
						+ c.northwindCertificate() + "/certificate"), NORTHWINDS),
				e("GET", "/badges", c -> get("/badges"), EVERYONE),
				e("POST", "/badges", c -> post("/badges").param("name", "Matrix " + c.unique()).param("rule", "MANUAL"), VENDOR_ADMIN),
				e("GET", "/partners/{id}/badges", c -> get("/partners/" + c.northwind() + "/badges"), NORTHWINDS),
				e("POST", "/partners/{id}/badges", c -> post("/partners/" + c.freshPartner() + "/badges")
						.param("badgeId", c.manualBadge()).param("reason", "Matrix"), CHANNEL_TEAM),
				e("POST", "/badge-awards/{id}/revocation", c -> post("/badge-awards/" + c.badgeAward() + "/revocation")
						.param("reason", "Matrix"), CHANNEL_TEAM),
				e("GET", "/api/v1/badges", c -> get("/api/v1/badges"), EVERYONE),
				e("POST", "/api/v1/badges", c -> json(post("/api/v1/badges"), "{\"name\":\"Matrix " + c.unique()
						+ "\",\"rule\":\"MANUAL\"}"), VENDOR_ADMIN),
				e("GET", "/api/v1/badge-awards", c -> get("/api/v1/badge-awards"), VENDOR_STAFF),
				e("GET", "/api/v1/partners/{id}/badges", c -> get("/api/v1/partners/" + c.northwind() + "/badges"), NORTHWINDS),
				e("POST", "/api/v1/partners/{id}/badges", c -> json(post("/api/v1/partners/" + c.freshPartner() + "/badges"),
						"{\"badgeId\":\"" + c.manualBadge() + "\",\"reason\":\"Matrix\"}"), CHANNEL_TEAM),
				e("POST", "/api/v1/badge-awards/{id}/revocation", c -> json(post("/api/v1/badge-awards/" + c.badgeAward()
						+ "/revocation"), "{\"reason\":\"Matrix\"}"), CHANNEL_TEAM),
				e("GET", "/scorecard", c -> get("/scorecard"), EVERYONE),
				e("GET", "/partners/{id}/scorecard", c -> get("/partners/" + c.northwind() + "/scorecard"), NORTHWINDS),
				e("GET", "/scorecards", c -> get("/scorecards"), VENDOR_STAFF),
				e("POST", "/scorecards", c -> post("/scorecards"), VENDOR_ADMIN),
				e("GET", "/admin/scorecard", c -> get("/admin/scorecard"), VENDOR_ADMIN),
				e("POST", "/admin/scorecard/formulas", c -> post("/admin/scorecard/formulas").param("region", "M" + c.unique())
						.param("expression", "revenue / 1000"), VENDOR_ADMIN),
				e("POST", "/admin/scorecard/formulas/{id}/removal", c -> post("/admin/scorecard/formulas/" + c.scorecardFormula()
						+ "/removal"), VENDOR_ADMIN),
				e("POST", "/admin/scorecard/targets", c -> post("/admin/scorecard/targets").param("REVENUE", "150000")
						.param("PIPELINE", "300000").param("ENGAGEMENT", "25").param("CERTIFICATIONS", "2")
						.param("CONTACT_MISSES", "0").param("CONFLICTS", "0"), VENDOR_ADMIN),
				e("GET", "/api/v1/partners/{id}/scorecard", c -> get("/api/v1/partners/" + c.northwind() + "/scorecard"), NORTHWINDS),
				e("GET", "/api/v1/scorecards", c -> get("/api/v1/scorecards").param("type", "SALES_PARTNER"), VENDOR_STAFF),
				e("POST", "/api/v1/scorecards", c -> post("/api/v1/scorecards"), VENDOR_ADMIN),
				e("GET", "/api/v1/scorecard-formulas", c -> get("/api/v1/scorecard-formulas"), EVERYONE),
				e("POST", "/api/v1/scorecard-formulas", c -> json(post("/api/v1/scorecard-formulas"), "{\"region\":\"M" + c.unique()
						+ "\",\"expression\":\"revenue / 1000\"}"), VENDOR_ADMIN),
				e("DELETE", "/api/v1/scorecard-formulas/{id}", c -> delete("/api/v1/scorecard-formulas/" + c.scorecardFormula()),
						VENDOR_ADMIN),
				e("GET", "/api/v1/scorecard-targets", c -> get("/api/v1/scorecard-targets"), EVERYONE),
				e("PUT", "/api/v1/scorecard-targets", c -> json(put("/api/v1/scorecard-targets"), "{\"REVENUE\":150000,"
						+ "\"PIPELINE\":300000,\"ENGAGEMENT\":25,\"CERTIFICATIONS\":2,\"CONTACT_MISSES\":0,\"CONFLICTS\":0}"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/tier-rubric", c -> get("/api/v1/tier-rubric"), EVERYONE),
				// seed 004's rubric, sent back as it is
				e("PUT", "/api/v1/tier-rubric", c -> json(put("/api/v1/tier-rubric"), SEED_RUBRIC), VENDOR_ADMIN),
				e("GET", "/notices", c -> get("/notices"), EVERYONE),
				e("GET", "/notices/{id}", c -> get("/notices/" + c.ownNotice()), EVERYONE),
				e("POST", "/notices/{id}/read", c -> post("/notices/" + c.ownNotice() + "/read"), EVERYONE),
				e("POST", "/notices/read", c -> post("/notices/read"), EVERYONE),
				e("GET", "/api/v1/me/notices", c -> get("/api/v1/me/notices"), EVERYONE),
				e("POST", "/api/v1/me/notices/{id}/read", c -> post("/api/v1/me/notices/" + c.ownNotice() + "/read"), EVERYONE),
				e("POST", "/api/v1/me/notices/read", c -> post("/api/v1/me/notices/read"), EVERYONE),
				e("GET", "/announcements", c -> get("/announcements"), EVERYONE),
				e("GET", "/announcements/new", c -> get("/announcements/new"), CHANNEL_TEAM),
				e("POST", "/announcements/new", c -> post("/announcements/new").param("title", "Matrix").param("body", "News"),
						CHANNEL_TEAM),
				e("GET", "/announcements/{id}", c -> get("/announcements/" + c.announcement()), EVERYONE),
				e("GET", "/announcements/{id}/edit", c -> get("/announcements/" + c.announcement() + "/edit"), CHANNEL_TEAM),
				e("POST", "/announcements/{id}", c -> post("/announcements/" + c.announcement()).param("title", "Matrix news")
						.param("body", "For everyone"), CHANNEL_TEAM),
				e("POST", "/announcements/{id}/withdrawal", c -> post("/announcements/" + c.announcement() + "/withdrawal"),
						CHANNEL_TEAM),
				e("GET", "/api/v1/announcements", c -> get("/api/v1/announcements"), EVERYONE),
				e("GET", "/api/v1/announcements/{id}", c -> get("/api/v1/announcements/" + c.announcement()), EVERYONE),
				e("POST", "/api/v1/announcements", c -> json(post("/api/v1/announcements"), "{\"title\":\"Matrix\",\"body\":\"News\"}"),
						CHANNEL_TEAM),
				e("PUT", "/api/v1/announcements/{id}", c -> json(put("/api/v1/announcements/" + c.announcement()),
						"{\"title\":\"Matrix news\",\"body\":\"For everyone\"}"), CHANNEL_TEAM),
				e("POST", "/api/v1/announcements/{id}/withdrawal", c -> post("/api/v1/announcements/" + c.announcement()
						+ "/withdrawal"), CHANNEL_TEAM),
				e("GET", "/team", c -> get("/team"), PARTNERS),
				e("GET", "/partners/{id}/team", c -> get("/partners/" + c.northwind() + "/team"), NORTHWINDS),
				e("GET", "/api/v1/partners/{id}/team", c -> get("/api/v1/partners/" + c.northwind() + "/team"), NORTHWINDS),
				e("GET", "/messages", c -> get("/messages"), EVERYONE),
				e("GET", "/messages/new", c -> get("/messages/new"), EVERYONE),
				e("POST", "/messages/new", c -> post("/messages/new").param("partnerId", c.northwind()).param("topic", "Matrix")
						.param("body", "Hello"), EVERYONE),
				e("GET", "/messages/{id}", c -> get("/messages/" + c.northwindThread()), NORTHWINDS),
				e("POST", "/messages/{id}", c -> post("/messages/" + c.northwindThread()).param("body", "Answer"), NORTHWINDS),
				e("GET", "/api/v1/message-threads", c -> get("/api/v1/message-threads"), EVERYONE),
				e("POST", "/api/v1/message-threads", c -> json(post("/api/v1/message-threads"), "{\"partnerId\":\"" + c.northwind()
						+ "\",\"topic\":\"Matrix\",\"body\":\"Hello\"}"), EVERYONE),
				e("GET", "/api/v1/message-threads/{id}", c -> get("/api/v1/message-threads/" + c.northwindThread()), NORTHWINDS),
				e("POST", "/api/v1/message-threads/{id}/messages", c -> json(post("/api/v1/message-threads/" + c.northwindThread()
						+ "/messages"), "{\"body\":\"Answer\"}"), NORTHWINDS),
				e("GET", "/resources", c -> get("/resources"), EVERYONE),
				e("GET", "/resources/new", c -> get("/resources/new"), CHANNEL_TEAM),
				e("POST", "/resources/new", c -> multipart("/resources/new").file(matrixPdf()).param("title", "Matrix")
						.param("category", "MARKETING"), CHANNEL_TEAM),
				e("GET", "/resources/{id}", c -> get("/resources/" + c.resource()), EVERYONE),
				e("GET", "/resources/{id}/file", c -> get("/resources/" + c.resource() + "/file"), EVERYONE),
				e("GET", "/resources/{id}/edit", c -> get("/resources/" + c.resource() + "/edit"), CHANNEL_TEAM),
				e("POST", "/resources/{id}", c -> multipart("/resources/" + c.resource()).param("title", "Matrix sheet")
						.param("category", "SALES_TOOLS"), CHANNEL_TEAM),
				e("GET", "/api/v1/resources", c -> get("/api/v1/resources"), EVERYONE),
				e("GET", "/api/v1/resources/{id}", c -> get("/api/v1/resources/" + c.resource()), EVERYONE),
				e("GET", "/api/v1/resources/{id}/versions", c -> get("/api/v1/resources/" + c.resource() + "/versions"), VENDOR_STAFF),
				e("GET", "/api/v1/resources/{id}/file", c -> get("/api/v1/resources/" + c.resource() + "/file"), EVERYONE),
				e("POST", "/api/v1/resources", c -> multipart("/api/v1/resources").file(matrixResource("Matrix")).file(matrixPdf()),
						CHANNEL_TEAM),
				e("POST", "/api/v1/resources/{id}/versions", c -> multipart("/api/v1/resources/" + c.resource() + "/versions")
						.file(matrixResource("Matrix sheet")), CHANNEL_TEAM),
				e("GET", "/brand-guidelines", c -> get("/brand-guidelines"), EVERYONE),
				e("GET", "/resources/{id}/co-branded", c -> get("/resources/" + c.coBranded() + "/co-branded"), PARTNERS),
				e("GET", "/api/v1/resources/brand-assets", c -> get("/api/v1/resources/brand-assets"), EVERYONE),
				e("GET", "/api/v1/resources/{id}/co-branded", c -> get("/api/v1/resources/" + c.coBranded() + "/co-branded"), PARTNERS),
				e("GET", "/admin/rooms", c -> get("/admin/rooms"), VENDOR_ADMIN),
				e("POST", "/admin/rooms/{key}", c -> post("/admin/rooms/TRAINING").param("name", "Training").param("position", "6"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/rooms", c -> get("/api/v1/rooms"), VENDOR_ADMIN),
				e("PUT", "/api/v1/rooms/{key}", c -> json(put("/api/v1/rooms/TRAINING"), "{\"name\":\"Training\",\"position\":6}"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/me/rooms", c -> get("/api/v1/me/rooms"), PARTNERS),
				e("GET", "/admin/tier-rubric", c -> get("/admin/tier-rubric"), VENDOR_ADMIN),
				e("POST", "/admin/tier-rubric", c -> seedRubricForm(post("/admin/tier-rubric")), VENDOR_ADMIN),
				e("POST", "/api/v1/tier-assessments", c -> post("/api/v1/tier-assessments"), VENDOR_ADMIN),
				e("POST", "/tier-assessments", c -> post("/tier-assessments"), VENDOR_ADMIN),
				e("GET", "/api/v1/partners/{id}/tier-score", c -> get("/api/v1/partners/" + c.northwind() + "/tier-score"), NORTHWINDS),
				e("GET", "/partners/{id}/tier", c -> get("/partners/" + c.northwind() + "/tier"), NORTHWINDS),
				e("GET", "/tier", c -> get("/tier"), EVERYONE),
				e("GET", "/api/v1/tier-changes", c -> get("/api/v1/tier-changes").param("all", "true"), VENDOR_STAFF),
				e("GET", "/tier-changes", c -> get("/tier-changes"), VENDOR_STAFF),
				e("GET", "/api/v1/tier-changes/{id}", c -> get("/api/v1/tier-changes/" + c.tierProposal()), VENDOR_STAFF),
				e("POST", "/api/v1/tier-changes/{id}/approval", c -> json(post("/api/v1/tier-changes/" + c.tierProposal()
						+ "/approval"), "{\"note\":\"Matrix\"}"), CHANNEL_TEAM),
				e("POST", "/api/v1/tier-changes/{id}/rejection", c -> json(post("/api/v1/tier-changes/" + c.tierProposal()
						+ "/rejection"), "{\"reason\":\"Matrix\"}"), CHANNEL_TEAM),
				e("POST", "/tier-changes/{id}/approval", c -> post("/tier-changes/" + c.tierProposal() + "/approval"), CHANNEL_TEAM),
				e("POST", "/tier-changes/{id}/rejection", c -> post("/tier-changes/" + c.tierProposal() + "/rejection")
						.param("reason", "Matrix"), CHANNEL_TEAM),
				e("GET", "/api/v1/satisfaction-survey", c -> get("/api/v1/satisfaction-survey"), PARTNERS),
				e("POST", "/api/v1/satisfaction-survey/answers", c -> json(post("/api/v1/satisfaction-survey/answers"),
						c.unanswered().then("{\"score\":9}")), PARTNERS),
				e("GET", "/satisfaction-survey", c -> get("/satisfaction-survey"), PARTNERS),
				e("POST", "/satisfaction-survey", c -> post("/satisfaction-survey").param("score", c.unanswered().then("8")), PARTNERS),
				e("POST", "/api/v1/partners/{id}/sub-accounts", c -> json(post("/api/v1/partners/" + c.freshPartner() + "/sub-accounts"),
						"{\"name\":\"Branch " + c.unique() + "\",\"type\":\"RESELLER\",\"tier\":\"SILVER\",\"country\":\"CA\"}"),
						CHANNEL_TEAM),
				e("PUT", "/api/v1/partners/{id}/sub-account-visibility", c -> json(put("/api/v1/partners/" + c.freshPartner()
						+ "/sub-account-visibility"), "{\"subAccountsSeeParent\":true}"),
						Expect.permitted(Permission.EDIT_COMPANY).onACellsOwnPartner().toString()),
				e("PUT", "/api/v1/partners/{id}/sales-target", c -> json(put("/api/v1/partners/" + c.freshPartner() + "/sales-target"),
						"{\"amount\":\"250000.00\",\"currency\":\"CAD\"}"), CHANNEL_TEAM),
				e("POST", "/partners/{id}/sub-accounts", c -> post("/partners/" + c.freshPartner() + "/sub-accounts")
						.param("name", "Page Branch " + c.unique()), CHANNEL_TEAM),
				e("POST", "/partners/{id}/sub-account-visibility", c -> post("/partners/" + c.freshPartner()
						+ "/sub-account-visibility").param("see", "true"),
						Expect.permitted(Permission.EDIT_COMPANY).onACellsOwnPartner().toString()),
				e("POST", "/partners/{id}/sales-target", c -> post("/partners/" + c.freshPartner() + "/sales-target")
						.param("amount", "120000").param("currency", "CAD"), CHANNEL_TEAM),
				e("GET", "/apply", c -> get("/apply"), PUBLIC),
				e("POST", "/apply", c -> post("/apply").with(r -> {
					r.setRemoteAddr(c.clientAddress());
					return r;
				}).param("companyName", "Applicant " + c.unique()).param("contactName", "Pat").param("email", "pat@applicant-" + c.unique()
						+ ".example").param("country", "CA"), PUBLIC),
				e("GET", "/prospects", c -> get("/prospects"), CHANNEL_TEAM),
				e("GET", "/prospects/board", c -> get("/prospects/board"), CHANNEL_TEAM),
				e("GET", "/prospects/report", c -> get("/prospects/report"), CHANNEL_TEAM),
				e("GET", "/prospects/new", c -> get("/prospects/new"), CHANNEL_TEAM),
				e("POST", "/prospects/new", c -> post("/prospects/new").param("companyName", "Typed In " + c.unique())
						.param("contactName", "Pat").param("email", "pat@typed-" + c.unique() + ".example").param("country", "CA"), CHANNEL_TEAM),
				e("GET", "/prospects/{id}", c -> get("/prospects/" + c.prospect()), CHANNEL_TEAM),
				e("POST", "/prospects/{id}/stage", c -> post("/prospects/" + c.prospect() + "/stage").param("stage", "QUALIFIED"), CHANNEL_TEAM),
				e("POST", "/prospects/{id}/owner", c -> post("/prospects/" + c.prospect() + "/owner").param("owner", c.channelManagerId()), CHANNEL_TEAM),
				e("POST", "/prospects/{id}/activities", c -> post("/prospects/" + c.prospect() + "/activities").param("kind", "CALL")
						.param("text", "Called"), CHANNEL_TEAM),
				e("POST", "/prospects/{id}/conversion", c -> post("/prospects/" + c.qualifiedProspect() + "/conversion")
						.param("name", "Converted " + c.unique()).param("type", "RESELLER").param("tier", "BRONZE")
						.param("username", "conv." + c.unique()).param("email", "conv@converted-" + c.unique() + ".example")
						.param("displayName", "Conv Admin"), CHANNEL_TEAM),
				e("POST", "/api/v1/prospect-intake", c -> json(post("/api/v1/prospect-intake"), "{\"prospect\":{\"companyName\":\"Sent "
						+ c.unique() + "\",\"contactName\":\"Pat\",\"email\":\"pat@sent-" + c.unique() + ".example\",\"country\":\"CA\"}}")
						.header("X-Integration-Key", c.integrationKey()), PUBLIC),
				e("GET", "/api/v1/prospects", c -> get("/api/v1/prospects"), CHANNEL_TEAM),
				e("POST", "/api/v1/prospects", c -> json(post("/api/v1/prospects"), "{\"companyName\":\"Api Typed " + c.unique()
						+ "\",\"contactName\":\"Pat\",\"email\":\"pat@api-typed-" + c.unique() + ".example\",\"country\":\"CA\"}"), CHANNEL_TEAM),
				e("GET", "/api/v1/prospects/counts", c -> get("/api/v1/prospects/counts"), CHANNEL_TEAM),
				e("GET", "/api/v1/prospects/report", c -> get("/api/v1/prospects/report").param("from", c.today()).param("to", c.today()),
						CHANNEL_TEAM),
				e("GET", "/api/v1/prospects/{id}", c -> get("/api/v1/prospects/" + c.prospect()), CHANNEL_TEAM),
				e("GET", "/api/v1/prospects/{id}/matches", c -> get("/api/v1/prospects/" + c.prospect() + "/matches"), CHANNEL_TEAM),
				e("GET", "/api/v1/prospects/{id}/history", c -> get("/api/v1/prospects/" + c.prospect() + "/history"), CHANNEL_TEAM),
				e("PUT", "/api/v1/prospects/{id}/stage", c -> json(put("/api/v1/prospects/" + c.prospect() + "/stage"),
						"{\"stage\":\"QUALIFIED\"}"), CHANNEL_TEAM),
				e("PUT", "/api/v1/prospects/{id}/owner", c -> json(put("/api/v1/prospects/" + c.prospect() + "/owner"),
						"{\"ownerId\":\"" + c.channelManagerId() + "\"}"), CHANNEL_TEAM),
				e("POST", "/api/v1/prospects/{id}/activities", c -> json(post("/api/v1/prospects/" + c.prospect() + "/activities"),
						"{\"kind\":\"NOTE\",\"text\":\"Noted\"}"), CHANNEL_TEAM),
				e("POST", "/api/v1/prospects/{id}/conversion", c -> json(post("/api/v1/prospects/" + c.qualifiedProspect() + "/conversion"),
						"{\"name\":\"Api Converted " + c.unique() + "\",\"type\":\"RESELLER\",\"tier\":\"BRONZE\",\"username\":\"apiconv."
								+ c.unique() + "\",\"email\":\"a@api-converted-" + c.unique() + ".example\",\"displayName\":\"Api Admin\"}"),
						CHANNEL_TEAM),
				e("GET", "/admin/integration-keys", c -> get("/admin/integration-keys"), VENDOR_ADMIN),
				e("POST", "/admin/integration-keys", c -> post("/admin/integration-keys").param("name", "matrix page " + c.unique()), VENDOR_ADMIN),
				e("POST", "/admin/integration-keys/{id}/revoke", c -> post("/admin/integration-keys/" + c.integrationKeyId() + "/revoke"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/integration-keys", c -> get("/api/v1/integration-keys"), VENDOR_ADMIN),
				e("POST", "/api/v1/integration-keys", c -> json(post("/api/v1/integration-keys"), "{\"name\":\"matrix api " + c.unique() + "\"}"),
						VENDOR_ADMIN),
				e("DELETE", "/api/v1/integration-keys/{id}", c -> delete("/api/v1/integration-keys/" + c.integrationKeyId()), VENDOR_ADMIN),
				e("GET", "/admin/partner-types", c -> get("/admin/partner-types"), VENDOR_ADMIN),
				e("POST", "/admin/partner-types", c -> post("/admin/partner-types").param("code", c.freshTypeCode())
						.param("name", "Matrix " + c.freshTypeCode()), VENDOR_ADMIN),
				// Distributor as it is, sent back
				e("POST", "/admin/partner-types/{code}", c -> post("/admin/partner-types/DISTRIBUTOR").param("name", "Distributor"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/partner-types", c -> get("/api/v1/partner-types"), EVERYONE),
				e("GET", "/api/v1/partner-types/{code}", c -> get("/api/v1/partner-types/OEM"), EVERYONE),
				e("POST", "/api/v1/partner-types", c -> json(post("/api/v1/partner-types"), "{\"code\":\"" + c.freshTypeCode()
						+ "\",\"name\":\"Matrix " + c.freshTypeCode() + "\",\"takesVendorLeads\":false,\"mayRequestAssistance\":false}"),
						VENDOR_ADMIN),
				e("PUT", "/api/v1/partner-types/{code}", c -> json(put("/api/v1/partner-types/DISTRIBUTOR"),
						"{\"name\":\"Distributor\",\"takesVendorLeads\":false,\"mayRequestAssistance\":false}"), VENDOR_ADMIN),
				e("GET", "/contacts", c -> get("/contacts"), EVERYONE),
				e("GET", "/contacts/new", c -> get("/contacts/new"), PARTNERS),
				e("POST", "/contacts/new", c -> {
					Prospect prospect = Prospect.fresh();
					return post("/contacts/new").param("firstName", "Jane").param("lastName", "Buyer").param("email", prospect.email())
							.param("phone", prospect.phone()).param("companyName", prospect.company()).param("website", prospect.website())
							.param("street", "1 Main St").param("city", "Halifax").param("region", "NS").param("country", "CA")
							.param("consentType", "EXPRESS").param("consentObtainedHow", "asked").param("consentObtainedOn", c.today())
							.param("consentObtainedBy", "Ned");
				}, PARTNERS),
				e("GET", "/contacts/picker", c -> get("/contacts/picker").param("q", "Buyer").header("HX-Request", "true"), PARTNERS),
				e("GET", "/contacts/{id}", c -> get("/contacts/" + c.contact()), NORTHWINDS),
				e("POST", "/contacts/{id}/withdrawal", c -> post("/contacts/" + c.contact() + "/withdrawal"), NORTHWINDS),
				e("GET", "/api/v1/contacts", c -> get("/api/v1/contacts"), EVERYONE),
				e("POST", "/api/v1/contacts", c -> json(post("/api/v1/contacts"), c.contactBody()), PARTNERS),
				e("GET", "/api/v1/contacts/{id}", c -> get("/api/v1/contacts/" + c.contact()), NORTHWINDS),
				e("POST", "/api/v1/contacts/{id}/withdrawal", c -> post("/api/v1/contacts/" + c.contact() + "/withdrawal"), NORTHWINDS));
	}

	private static List<Endpoint> registrationEndpoints() {
		return List.of(
				e("GET", "/leads", c -> get("/leads"), EVERYONE),
				e("GET", "/deals", c -> get("/deals"), EVERYONE),
				e("GET", "/deals/board", c -> get("/deals/board"), EVERYONE),
				e("POST", "/deals/board/{id}/stage", c -> post("/deals/board/" + c.approved() + "/stage").param("stage", "DEMO"),
						NORTHWINDS_DEAL_MOVED),
				e("GET", "/deals/forecast", c -> get("/deals/forecast"), EVERYONE),
				e("GET", "/api/v1/deals/forecast", c -> get("/api/v1/deals/forecast"), EVERYONE),
				e("GET", "/review", c -> get("/review"), CHANNEL_TEAM),
				e("GET", "/registrations/new", c -> get("/registrations/new"), PARTNERS),
				e("POST", "/registrations/new", c -> post("/registrations/new").param("contactId", c.ownContact())
						.param("product", "cube").param("estimatedMrr", "1250.00").param("currency", "CAD")
						.param("expectedCloseDate", LocalDate.parse(c.today()).plusDays(60).toString()).param("stage", "QUALIFIED")
						.param("notes", "From the matrix").param("assignment", "PARTNER_WORKING")
						.param("partnerAssignedId", c.partnerOfActor()).param("partnerRepAssignedId", c.repOfActor())
						.param("opportunitySource", "LIGHTHOUSE_PARTNER").param("partnerProvidingId", c.partnerOfActor())
						.param("partnerRepProvidingId", c.repOfActor()), PARTNERS),
				e("GET", "/registrations/{id}", c -> get("/registrations/" + c.submitted()), NORTHWINDS_DEAL),
				e("POST", "/registrations/{id}/approval", c -> post("/registrations/" + c.submitted() + "/approval"), CHANNEL_ACTS),
				e("POST", "/registrations/{id}/rejection", c -> post("/registrations/" + c.submitted() + "/rejection")
						.param("reason", "OTHER").param("note", "Out of territory"), CHANNEL_ACTS),
				e("POST", "/registrations/{id}/return", c -> post("/registrations/" + c.submitted() + "/return")
						.param("note", "How many sites?"), CHANNEL_ACTS),
				e("POST", "/registrations/{id}/resubmission", c -> post("/registrations/" + c.returned() + "/resubmission")
						.param("information", "Twelve sites"), NORTHWINDS_REGISTRANT_ACTS),
				e("POST", "/registrations/{id}/contact-log", c -> post("/registrations/" + c.approved() + "/contact-log")
						.param("contactedOn", c.today()).param("type", "CALL").param("summary", "Called"), NORTHWINDS_DEAL),
				// Maple is a System Integrator: assistance is offered to Sales and Application Partners
				e("POST", "/registrations/{id}/assistance", c -> post("/registrations/" + c.approved() + "/assistance")
						.param("kind", "SALES_SUPPORT").param("question", "Join the call?"), NORTHWINDS_ASSISTANCE),
				e("POST", "/registrations/{id}/notes", c -> post("/registrations/" + c.approved() + "/notes")
						.param("text", "The incumbent is a spreadsheet"), NORTHWINDS_DEAL),
				e("POST", "/registrations/{id}/register-again", c -> post("/registrations/" + c.waitingDuplicate() + "/register-again"),
						NORTHWIND_ACTS),
				e("POST", "/registrations/{id}/vendor-rep", c -> post("/registrations/" + c.forVendor() + "/vendor-rep")
						.param("repId", c.salesRep()), CHANNEL_ACTS),
				e("GET", "/my-opportunities", c -> get("/my-opportunities"), VENDOR_STAFF),
				e("POST", "/registrations/{id}/stage", c -> post("/registrations/" + c.approved() + "/stage").param("stage", "DEMO"),
						NORTHWINDS_DEAL_MOVED),
				e("POST", "/registrations/{id}/closing", c -> post("/registrations/" + c.approved() + "/closing").param("won", "false")
						.param("note", "Chose a competitor"), NORTHWINDS_DEAL_CLOSED),
				e("POST", "/registrations/{id}/renewal", c -> post("/registrations/" + c.approved() + "/renewal"), NORTHWINDS_REGISTRANT_ACTS),
				e("POST", "/registrations/{id}/renewal-grant", c -> post("/registrations/" + c.renewalRequested() + "/renewal-grant"),
						CHANNEL_ACTS),
				e("POST", "/registrations/{id}/take-over", c -> post("/registrations/" + c.approved() + "/take-over")
						.param("reason", "No contact logged"), CHANNEL_ACTS),
				e("POST", "/registrations/{id}/partners", c -> post("/registrations/" + c.approved() + "/partners")
						.param("partnerId", c.harbour()).param("role", "INFLUENCED"), CHANNEL_ACTS),
				e("GET", "/assistance", c -> get("/assistance"), VENDOR_STAFF),
				e("POST", "/assistance/{requestId}/answer", c -> post("/assistance/" + c.assistance() + "/answer")
						.param("answer", "Up to 10%"), VENDOR_STAFF),
				e("GET", "/conflicts", c -> get("/conflicts"), CHANNEL_TEAM),
				e("GET", "/conflicts/report", c -> get("/conflicts/report"), CHANNEL_TEAM),
				e("POST", "/conflicts/{id}/decision", c -> post("/conflicts/" + c.conflict() + "/decision").param("decision", "CO_SELL")
						.param("reason", "Both worked it"), CHANNEL_TEAM),
				e("GET", "/direct-opportunities", c -> get("/direct-opportunities"), VENDOR_STAFF),
				e("POST", "/direct-opportunities", c -> post("/direct-opportunities").param("companyName", "Direct " + UUID.randomUUID())
						.param("product", "cube").param("stage", "QUALIFIED"), VENDOR_STAFF),
				e("POST", "/direct-opportunities/{id}/stage", c -> post("/direct-opportunities/" + c.direct() + "/stage")
						.param("stage", "DEMO"), VENDOR_STAFF),
				e("GET", "/admin/registration-settings", c -> get("/admin/registration-settings"), VENDOR_ADMIN),
				e("POST", "/admin/registration-settings", c -> post("/admin/registration-settings").param("approvalSlaHours", "48")
						.param("protectionDays", "120").param("warningDays", "75,105").param("renewalActivityDays", "30")
						.param("returnLapseDays", "14").param("dailySubmissionCap", "50").param("laterRenewalsNeedVendor", "true")
						.param("vendorName", "RPM")
						.param("currencies", "CAD, USD, EUR, GBP"), VENDOR_ADMIN),
				e("POST", "/admin/partners/{id}/daily-cap", c -> post("/admin/partners/" + c.northwind() + "/daily-cap")
						.param("dailyCap", "100000"), VENDOR_ADMIN),
				e("GET", "/api/v1/partners/{id}/daily-cap", c -> get("/api/v1/partners/" + c.northwind() + "/daily-cap"), NORTHWINDS),
				e("PUT", "/api/v1/partners/{id}/daily-cap", c -> json(put("/api/v1/partners/" + c.northwind() + "/daily-cap"),
						"{\"dailyCap\":100000}"), CHANNEL_TEAM),
				e("POST", "/admin/opportunity-sources", c -> post("/admin/opportunity-sources")
						.param("label", "Matrix " + UUID.randomUUID().toString().substring(0, 8)), VENDOR_ADMIN),
				e("POST", "/admin/opportunity-sources/{code}/retirement", c -> post("/admin/opportunity-sources/" + c.freshSource()
						+ "/retirement"), VENDOR_ADMIN),
				e("GET", "/api/v1/registrations", c -> get("/api/v1/registrations"), EVERYONE),
				e("POST", "/api/v1/registrations", c -> json(post("/api/v1/registrations"), c.registrationBody()), PARTNERS),
				e("GET", "/api/v1/registrations/{id}", c -> get("/api/v1/registrations/" + c.submitted()), NORTHWINDS_DEAL),
				e("GET", "/api/v1/registrations/sla-report", c -> get("/api/v1/registrations/sla-report"), CHANNEL_TEAM),
				e("POST", "/api/v1/registrations/{id}/decision", c -> json(post("/api/v1/registrations/" + c.submitted() + "/decision"),
						"{\"decision\":\"RETURN\",\"note\":\"How many sites?\"}"), CHANNEL_ACTS),
				e("POST", "/api/v1/registrations/{id}/contact-log", c -> json(post("/api/v1/registrations/" + c.approved()
						+ "/contact-log"), "{\"contactedOn\":\"" + c.today() + "\",\"type\":\"CALL\",\"summary\":\"Called\"}"), NORTHWINDS_DEAL),
				e("POST", "/api/v1/registrations/{id}/assistance", c -> json(post("/api/v1/registrations/" + c.approved() + "/assistance"),
						"{\"kind\":\"PRICING_ADVICE\",\"question\":\"Discount?\"}"), NORTHWINDS_ASSISTANCE),
				e("POST", "/api/v1/registrations/{id}/notes", c -> json(post("/api/v1/registrations/" + c.approved() + "/notes"),
						"{\"text\":\"The incumbent is a spreadsheet\"}"), NORTHWINDS_DEAL),
				e("POST", "/api/v1/registrations/{id}/register-again", c -> post("/api/v1/registrations/" + c.waitingDuplicate()
						+ "/register-again"), NORTHWIND_ACTS),
				e("GET", "/api/v1/registrations/{id}/waiting-list", c -> get("/api/v1/registrations/" + c.submitted() + "/waiting-list"),
						VENDOR_STAFF),
				e("POST", "/api/v1/registrations/{id}/vendor-rep", c -> json(post("/api/v1/registrations/" + c.forVendor() + "/vendor-rep"),
						"{\"repId\":\"" + c.salesRep() + "\"}"), CHANNEL_ACTS),
				e("GET", "/api/v1/registrations/assigned-to-me", c -> get("/api/v1/registrations/assigned-to-me"), VENDOR_STAFF),
				e("GET", "/api/v1/deals", c -> get("/api/v1/deals"), EVERYONE),
				e("POST", "/api/v1/registrations/{id}/stage", c -> json(post("/api/v1/registrations/" + c.approved() + "/stage"),
						"{\"stage\":\"PROPOSAL\"}"), NORTHWINDS_DEAL_MOVED),
				e("POST", "/api/v1/registrations/{id}/closing", c -> json(post("/api/v1/registrations/" + c.approved() + "/closing"),
						"{\"won\":false,\"note\":\"Chose a competitor\"}"), NORTHWINDS_DEAL_CLOSED),
				e("POST", "/api/v1/registrations/{id}/renewal", c -> json(post("/api/v1/registrations/" + c.approved() + "/renewal"), "{}"),
						NORTHWINDS_REGISTRANT_ACTS),
				e("POST", "/api/v1/registrations/{id}/renewal-grant", c -> post("/api/v1/registrations/" + c.renewalRequested()
						+ "/renewal-grant"), CHANNEL_ACTS),
				e("POST", "/api/v1/registrations/{id}/take-over", c -> json(post("/api/v1/registrations/" + c.approved() + "/take-over"),
						"{\"reason\":\"No contact logged\"}"), CHANNEL_ACTS),
				e("POST", "/api/v1/registrations/{id}/partners", c -> json(post("/api/v1/registrations/" + c.approved() + "/partners"),
						"{\"partnerId\":\"" + c.harbour() + "\",\"role\":\"INFLUENCED\"}"), CHANNEL_ACTS),
				e("GET", "/api/v1/deals/pipeline", c -> get("/api/v1/deals/pipeline"), EVERYONE),
				e("GET", "/api/v1/assistance", c -> get("/api/v1/assistance"), VENDOR_STAFF),
				e("GET", "/api/v1/conflicts", c -> get("/api/v1/conflicts"), CHANNEL_TEAM),
				e("GET", "/api/v1/conflicts/report", c -> get("/api/v1/conflicts/report"), CHANNEL_TEAM),
				e("POST", "/api/v1/conflicts/{id}/decision", c -> json(post("/api/v1/conflicts/" + c.conflict() + "/decision"),
						"{\"decision\":\"PARTNER_WINS\",\"reason\":\"Registered first\"}"), CHANNEL_TEAM),
				e("GET", "/api/v1/direct-opportunities", c -> get("/api/v1/direct-opportunities"), VENDOR_STAFF),
				e("POST", "/api/v1/direct-opportunities", c -> json(post("/api/v1/direct-opportunities"),
						"{\"companyName\":\"Direct " + UUID.randomUUID() + "\",\"product\":\"cube\",\"stage\":\"QUALIFIED\"}"), VENDOR_STAFF),
				e("POST", "/api/v1/direct-opportunities/{id}/stage", c -> json(post("/api/v1/direct-opportunities/" + c.direct() + "/stage"),
						"{\"stage\":\"DEMO\"}"), VENDOR_STAFF),
				e("GET", "/api/v1/registration-settings", c -> get("/api/v1/registration-settings"), EVERYONE),
				e("PUT", "/api/v1/registration-settings", c -> json(put("/api/v1/registration-settings"),
						"{\"autoApprove\":false,\"approvalSlaHours\":48,\"protectionDays\":120,\"warningDays\":\"75,105\",\"renewalActivityDays\":30}"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/opportunity-sources", c -> get("/api/v1/opportunity-sources"), EVERYONE),
				e("GET", "/api/v1/opportunity-sources/all", c -> get("/api/v1/opportunity-sources/all"), EVERYONE),
				e("POST", "/api/v1/opportunity-sources", c -> json(post("/api/v1/opportunity-sources"),
						"{\"label\":\"Matrix " + UUID.randomUUID().toString().substring(0, 8) + "\"}"), VENDOR_ADMIN),
				e("POST", "/api/v1/opportunity-sources/{code}/retirement", c -> post("/api/v1/opportunity-sources/" + c.freshSource()
						+ "/retirement"), VENDOR_ADMIN));
	}

	private static List<Endpoint> leadEndpoints() {
		return List.of(
				e("GET", "/lead-routing", c -> get("/lead-routing"), EVERYONE),
				e("GET", "/lead-routing/new", c -> get("/lead-routing/new"), CHANNEL_TEAM),
				e("POST", "/lead-routing/new", c -> {
					String code = UUID.randomUUID().toString().substring(0, 8);
					return post("/lead-routing/new").param("contact.firstName", "Lena").param("contact.lastName", "Lead")
							.param("contact.email", "lena@" + code + ".example").param("contact.phone", Prospect.freshPhone())
							.param("contact.companyName", "Lead " + code + " Ltd").param("contact.website", "www." + code + ".example")
							.param("contact.street", "5 Spring Garden Rd").param("contact.city", "Halifax")
							.param("contact.region", LeadFixtures.territory()).param("contact.country", "CA")
							.param("contact.consentType", "EXPRESS").param("contact.consentObtainedHow", "web form")
							.param("contact.consentObtainedOn", c.today()).param("contact.consentObtainedBy", "Casey")
							.param("product", "lighthouse").param("industry", "healthcare").param("estimatedMrr", "2400.00")
							.param("currency", "CAD").param("notes", "A demo");
				}, CHANNEL_TEAM),
				e("GET", "/lead-routing/import", c -> get("/lead-routing/import"), CHANNEL_TEAM),
				e("POST", "/lead-routing/import", c -> upload("/lead-routing/import", "file", c.leadCsv().getBytes()), CHANNEL_TEAM),
				e("GET", "/lead-routing/import/template.csv", c -> get("/lead-routing/import/template.csv"), CHANNEL_TEAM),
				e("GET", "/lead-routing/scorecard", c -> get("/lead-routing/scorecard"), EVERYONE),
				e("GET", "/lead-routing/{id}", c -> get("/lead-routing/" + c.lead()), NORTHWINDS),
				e("POST", "/lead-routing/{id}/acceptance", c -> post("/lead-routing/" + c.lead() + "/acceptance"), NORTHWIND_ACTS),
				e("POST", "/lead-routing/{id}/decline", c -> post("/lead-routing/" + c.lead() + "/decline").param("reason", "Too busy"),
						NORTHWIND_ACTS),
				e("POST", "/lead-routing/{id}/contact", c -> post("/lead-routing/" + c.lead() + "/contact").param("actionChecked", "true")
						.param("contactInitiatedOn", c.today()).param("contactType", "CALL").param("summary", "Called Lena"), NORTHWIND_ACTS),
				e("POST", "/lead-routing/{id}/assignment", c -> post("/lead-routing/" + c.lead() + "/assignment")
						.param("partnerId", c.harbour()), CHANNEL_ACTS),
				e("GET", "/admin/lead-settings", c -> get("/admin/lead-settings"), VENDOR_ADMIN),
				e("POST", "/admin/lead-settings", c -> post("/admin/lead-settings").param("tierMode", "PREFERRED")
						.param("minimumTier", "BRONZE").param("territoryMode", "REQUIRED").param("maxDistanceKm", "150")
						.param("expertiseMode", "PREFERRED")
						.param("contactWorkingDays", "2").param("reminderHours", "24").param("onTimeout", "NEXT_PARTNER"), VENDOR_ADMIN),
				e("POST", "/admin/closure-days", c -> post("/admin/closure-days").param("day", "2001-05-05").param("reason", "Matrix"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/leads", c -> get("/api/v1/leads"), EVERYONE),
				e("POST", "/api/v1/leads", c -> json(post("/api/v1/leads"), c.leadBody()), CHANNEL_TEAM),
				e("POST", "/api/v1/leads/import", c -> csv("/api/v1/leads/import", c.leadCsv()), CHANNEL_TEAM),
				e("GET", "/api/v1/leads/scorecard", c -> get("/api/v1/leads/scorecard"), EVERYONE),
				e("GET", "/api/v1/leads/{id}", c -> get("/api/v1/leads/" + c.lead()), NORTHWINDS),
				e("GET", "/api/v1/leads/{id}/proposal", c -> get("/api/v1/leads/" + c.lead() + "/proposal"), VENDOR_STAFF),
				e("POST", "/api/v1/leads/{id}/acceptance", c -> post("/api/v1/leads/" + c.lead() + "/acceptance"), NORTHWIND_ACTS),
				e("POST", "/api/v1/leads/{id}/decline", c -> json(post("/api/v1/leads/" + c.lead() + "/decline"),
						"{\"reason\":\"Too busy\"}"), NORTHWIND_ACTS),
				e("POST", "/api/v1/leads/{id}/contact", c -> json(post("/api/v1/leads/" + c.lead() + "/contact"),
						"{\"actionChecked\":true,\"contactInitiatedOn\":\"" + c.today() + "\",\"contactType\":\"CALL\",\"summary\":\"Called\"}"),
						NORTHWIND_ACTS),
				e("POST", "/api/v1/leads/{id}/assignment", c -> json(post("/api/v1/leads/" + c.lead() + "/assignment"),
						"{\"partnerId\":\"" + c.harbour() + "\"}"), CHANNEL_ACTS),
				e("GET", "/api/v1/lead-settings", c -> get("/api/v1/lead-settings"), EVERYONE),
				e("PUT", "/api/v1/lead-settings", c -> json(put("/api/v1/lead-settings"),
						"{\"tierMode\":\"PREFERRED\",\"minimumTier\":\"BRONZE\",\"territoryMode\":\"REQUIRED\",\"maxDistanceKm\":150,"
								+ "\"expertiseMode\":\"PREFERRED\","
								+ "\"contactWorkingDays\":2,\"reminderHours\":24,\"onTimeout\":\"NEXT_PARTNER\"}"), VENDOR_ADMIN),
				e("GET", "/api/v1/closure-days", c -> get("/api/v1/closure-days"), EVERYONE),
				e("POST", "/api/v1/closure-days", c -> json(post("/api/v1/closure-days"), "{\"day\":\"2001-05-06\",\"reason\":\"Matrix\"}"),
						VENDOR_ADMIN));
	}

	private static List<Endpoint> commissionEndpoints() {
		return List.of(
				e("GET", "/commissions", c -> get("/commissions"), EVERYONE),
				e("GET", "/commissions/summary", c -> get("/commissions/summary").header("HX-Request", "true"), EVERYONE),
				e("GET", "/commissions/contracts/new", c -> get("/commissions/contracts/new"), CHANNEL_TEAM),
				e("POST", "/commissions/contracts/new", c -> post("/commissions/contracts/new").param("registrationId", c.won())
						.param("startDate", c.today()).param("termMonths", "12"), CHANNEL_TEAM),
				e("GET", "/commissions/contracts/{id}", c -> get("/commissions/contracts/" + c.contract()), NORTHWINDS_DEAL),
				e("POST", "/commissions/contracts/{id}/invoices", c -> post("/commissions/contracts/" + c.contract() + "/invoices")
						.param("month", c.month()), CHANNEL_ACTS),
				e("POST", "/commissions/contracts/{id}/payments", c -> post("/commissions/contracts/" + c.contract() + "/payments")
						.param("invoiceId", c.invoice()).param("kind", "PAYMENT").param("amount", "500.00").param("receivedOn", c.today())
						.param("reference", "matrix-" + UUID.randomUUID()), CHANNEL_ACTS),
				e("POST", "/commissions/contracts/{id}/mrr-changes", c -> post("/commissions/contracts/" + c.contract() + "/mrr-changes")
						.param("effectiveFrom", LocalDate.parse(c.today()).plusMonths(1).toString()).param("mrr", "1500.00"), CHANNEL_ACTS),
				e("POST", "/commissions/contracts/{id}/cancellation", c -> post("/commissions/contracts/" + c.contract() + "/cancellation")
						.param("effectiveFrom", LocalDate.parse(c.today()).plusMonths(2).toString()), CHANNEL_ACTS),
				e("GET", "/commissions/payments/import", c -> get("/commissions/payments/import"), CHANNEL_TEAM),
				e("POST", "/commissions/payments/import", c -> upload("/commissions/payments/import", "file", c.paymentCsv().getBytes()),
						CHANNEL_TEAM),
				e("POST", "/commissions/invoices/import", c -> upload("/commissions/invoices/import", "file", c.invoiceCsv().getBytes()),
						CHANNEL_TEAM),
				e("GET", "/commissions/statements.csv", c -> get("/commissions/statements.csv").param("partner", c.northwind())
						.param("month", c.month()), NORTHWINDS),
				e("GET", "/commissions/statements.pdf", c -> get("/commissions/statements.pdf").param("partner", c.northwind())
						.param("month", c.month()), NORTHWINDS),
				e("POST", "/commissions/statements/issue", c -> post("/commissions/statements/issue").param("month", c.unissuedOldMonth()),
						VENDOR_ADMIN),
				e("GET", "/commissions/report", c -> get("/commissions/report"), VENDOR_STAFF),
				e("POST", "/commissions/report/costs", c -> post("/commissions/report/costs").param("incurredOn", c.today())
						.param("category", "MARKETING").param("amount", "10.00").param("currency", "CAD"), VENDOR_ADMIN),
				e("GET", "/admin/payouts", c -> get("/admin/payouts"), VENDOR_ADMIN),
				e("POST", "/admin/payouts", c -> {
					c.paid();
					return post("/admin/payouts").param("upTo", c.today());
				}, VENDOR_ADMIN),
				e("GET", "/admin/payouts/{id}", c -> get("/admin/payouts/" + c.preparedPayout()), VENDOR_ADMIN),
				e("POST", "/admin/payouts/{id}/approval", c -> post("/admin/payouts/" + c.preparedPayout() + "/approval")
						.param("lines", c.payoutLine()), VENDOR_ADMIN),
				e("POST", "/admin/payouts/{id}/payment", c -> post("/admin/payouts/" + c.approvedPayout() + "/payment")
						.param("reference", "TX-MATRIX").param("paidOn", c.today()), VENDOR_ADMIN),
				e("GET", "/api/v1/contracts", c -> get("/api/v1/contracts"), EVERYONE),
				e("POST", "/api/v1/contracts", c -> json(post("/api/v1/contracts"), "{\"registrationId\":\"" + c.won()
						+ "\",\"startDate\":\"" + c.today() + "\",\"termMonths\":12}"), CHANNEL_TEAM),
				e("GET", "/api/v1/contracts/{id}", c -> get("/api/v1/contracts/" + c.contract()), NORTHWINDS_DEAL),
				e("POST", "/api/v1/contracts/{id}/invoices", c -> json(post("/api/v1/contracts/" + c.contract() + "/invoices"),
						"{\"month\":\"" + c.month() + "\"}"), CHANNEL_ACTS),
				e("POST", "/api/v1/contracts/{id}/mrr-changes", c -> json(post("/api/v1/contracts/" + c.contract() + "/mrr-changes"),
						"{\"effectiveFrom\":\"" + LocalDate.parse(c.today()).plusMonths(1) + "\",\"mrr\":1500.00}"), CHANNEL_ACTS),
				e("POST", "/api/v1/contracts/{id}/cancellation", c -> json(post("/api/v1/contracts/" + c.contract() + "/cancellation"),
						"{\"effectiveFrom\":\"" + LocalDate.parse(c.today()).plusMonths(2) + "\"}"), CHANNEL_ACTS),
				e("POST", "/api/v1/payments", c -> json(post("/api/v1/payments"), "{\"invoiceId\":\"" + c.invoice()
						+ "\",\"kind\":\"PAYMENT\",\"amount\":\"250.00\",\"receivedOn\":\"" + c.today() + "\",\"idempotencyKey\":\"matrix-"
						+ UUID.randomUUID() + "\"}"), CHANNEL_TEAM),
				e("POST", "/api/v1/payments/import", c -> csv("/api/v1/payments/import", c.paymentCsv()), CHANNEL_TEAM),
				e("POST", "/api/v1/invoices/import", c -> csv("/api/v1/invoices/import", c.invoiceCsv()), CHANNEL_TEAM),
				e("GET", "/api/v1/partners/{partnerId}/statements/{month}", c -> get("/api/v1/partners/" + c.northwind() + "/statements/"
						+ c.month()), NORTHWINDS),
				e("GET", "/api/v1/partners/{partnerId}/statements/{month}.csv", c -> get("/api/v1/partners/" + c.northwind()
						+ "/statements/" + c.month() + ".csv"), NORTHWINDS),
				e("GET", "/api/v1/partners/{partnerId}/statements/{month}.pdf", c -> get("/api/v1/partners/" + c.northwind()
						+ "/statements/" + c.month() + ".pdf"), NORTHWINDS),
				e("GET", "/api/v1/partners/{partnerId}/commission-summary", c -> get("/api/v1/partners/" + c.northwind()
						+ "/commission-summary"), NORTHWINDS),
				e("GET", "/api/v1/statements/closed-through", c -> get("/api/v1/statements/closed-through"), EVERYONE),
				e("POST", "/api/v1/statements/{month}/issue", c -> post("/api/v1/statements/" + c.unissuedOldMonth() + "/issue"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/commission-totals", c -> get("/api/v1/commission-totals"), VENDOR_STAFF),
				e("GET", "/admin/program-terms", c -> get("/admin/program-terms"), VENDOR_ADMIN),
				e("POST", "/admin/program-terms", c -> post("/admin/program-terms")
						.param("effectiveFrom", LocalDate.parse(c.today()).plusDays(ProgramTerms.NOTICE_DAYS).toString())
						.param("summary", "The same rates again").param("kind", "REGISTRATION", "REFERRAL", "INFLUENCE")
						.param("scope", "PROGRAM", "PROGRAM", "PROGRAM").param("scopeValue", "", "", "").param("percent", "5", "5", "2.5"),
						VENDOR_ADMIN),
				e("GET", "/api/v1/program-terms", c -> get("/api/v1/program-terms"), EVERYONE),
				e("POST", "/api/v1/program-terms", c -> json(post("/api/v1/program-terms"), "{\"effectiveFrom\":\""
						+ LocalDate.parse(c.today()).plusDays(ProgramTerms.NOTICE_DAYS) + "\",\"summary\":\"The same rates again\",\"rates\":["
						+ "{\"kind\":\"REGISTRATION\",\"scope\":\"PROGRAM\",\"scopeValue\":\"*\",\"rate\":0.05},"
						+ "{\"kind\":\"REFERRAL\",\"scope\":\"PROGRAM\",\"scopeValue\":\"*\",\"rate\":0.05},"
						+ "{\"kind\":\"INFLUENCE\",\"scope\":\"PROGRAM\",\"scopeValue\":\"*\",\"rate\":0.05}]}"), VENDOR_ADMIN),
				e("GET", "/api/v1/program-terms/{version}/rates", c -> get("/api/v1/program-terms/" + c.termsVersion() + "/rates"), EVERYONE),
				e("POST", "/api/v1/program-costs", c -> json(post("/api/v1/program-costs"), "{\"incurredOn\":\"" + c.today()
						+ "\",\"category\":\"MARKETING\",\"amount\":10.00,\"currency\":\"CAD\"}"), VENDOR_ADMIN),
				e("GET", "/api/v1/program-roi", c -> get("/api/v1/program-roi").param("from", "2026-01-01").param("to", "2026-12-31"),
						VENDOR_STAFF),
				e("GET", "/api/v1/payouts", c -> get("/api/v1/payouts"), VENDOR_ADMIN),
				e("POST", "/api/v1/payouts", c -> {
					c.paid();
					return json(post("/api/v1/payouts"), "{\"upTo\":\"" + c.today() + "\"}");
				}, VENDOR_ADMIN),
				e("POST", "/api/v1/payouts/{id}/approval", c -> json(post("/api/v1/payouts/" + c.preparedPayout() + "/approval"),
						"{\"lines\":[\"" + c.payoutLine() + "\"]}"), VENDOR_ADMIN),
				e("POST", "/api/v1/payouts/{id}/payment", c -> json(post("/api/v1/payouts/" + c.approvedPayout() + "/payment"),
						"{\"reference\":\"TX-MATRIX\",\"paidOn\":\"" + c.today() + "\"}"), VENDOR_ADMIN));
	}

	/** A partner's lists hold its own company only (a content check beside the matrix's). */
	@Test
	void aPartnersListsHoldOnlyItsOwnCompany() throws Exception {
		String token = tokens.get(Actor.OTHER_PARTNER_REP);
		String partnersList = mvc.perform(get("/api/v1/partners").header("Authorization", "Bearer " + token)).andReturn()
				.getResponse().getContentAsString();
		assertThat(partnersList).contains("Harbour Compliance Group").doesNotContain("Northwind");
		String people = mvc.perform(get("/api/v1/users").param("size", "100").header("Authorization", "Bearer " + token))
				.andReturn().getResponse().getContentAsString();
		assertThat(people).contains("harbour.rep").doesNotContain("northwind");
		String page = sessions.get(Actor.OTHER_PARTNER_REP).perform(get("/people")).getResponse().getContentAsString();
		assertThat(page).contains("harbour.admin").doesNotContain("northwind");
		String vendorView = mvc.perform(get("/api/v1/partners").param("size", "100")
				.header("Authorization", "Bearer " + tokens.get(Actor.CHANNEL_MANAGER))).andReturn().getResponse().getContentAsString();
		assertThat(vendorView).contains("Harbour Compliance Group").contains("Northwind Safety Consulting");
	}

	/**
	 * Northwind's sub-account, Cape Breton, as every actor reads it: the vendor, Northwind's partner admin and the
	 * branch's own people; not Northwind's reps, and no other partner (404). Northwind keeps its setting off, so the
	 * branch's people find nothing of Northwind's (every matrix row above, as BRANCH_ADMIN and BRANCH_REP).
	 */
	@Test
	void theParentsAdminReadsItsSubAccountsPagesAndNobodyElseDoes() throws Exception {
		PartnerId branch = partnerNamed("Northwind Cape Breton");
		Map<Actor, Outcome> expected = new EnumMap<>(Actor.class);
		for (Actor actor : Actor.values()) {
			expected.put(actor, actor.role == null ? Outcome.LOGIN
					: !actor.isPartner() || actor == Actor.PARTNER_ADMIN || "Northwind Cape Breton".equals(actor.company) ? Outcome.OK
							: Outcome.NOT_FOUND);
		}
		for (String path : List.of("/partners/" + branch, "/api/v1/partners/" + branch, "/api/v1/partners/" + branch + "/overview",
				"/api/v1/partners/" + branch + "/family", "/api/v1/partners/" + branch + "/profile")) {
			Endpoint endpoint = new Endpoint("GET", path, c -> get(path), EVERYONE);
			for (Actor actor : Actor.values()) {
				MvcResult result;
				if (endpoint.isApi()) {
					var request = get(path);
					if (tokens.containsKey(actor)) {
						request.header("Authorization", "Bearer " + tokens.get(actor));
					}
					result = mvc.perform(request).andReturn();
				}
				else {
					result = sessions.get(actor).perform(get(path));
				}
				assertThat(observed(result, endpoint)).as(path + " as " + actor + " (" + describe(result) + ")")
						.isEqualTo(expected.get(actor));
			}
		}
		String family = mvc.perform(get("/api/v1/partners/" + partnerNamed("Northwind Safety Consulting") + "/family")
				.header("Authorization", "Bearer " + tokens.get(Actor.PARTNER_ADMIN))).andReturn().getResponse().getContentAsString();
		assertThat(family).contains("Northwind Cape Breton");
		String repsFamily = mvc.perform(get("/api/v1/partners/" + partnerNamed("Northwind Safety Consulting") + "/family")
				.header("Authorization", "Bearer " + tokens.get(Actor.PARTNER_REP))).andReturn().getResponse().getContentAsString();
		assertThat(repsFamily).as("Northwind's reps read their own company only").doesNotContain("Cape Breton");
		String branchList = mvc.perform(get("/api/v1/partners").header("Authorization", "Bearer " + tokens.get(Actor.BRANCH_REP)))
				.andReturn().getResponse().getContentAsString();
		assertThat(branchList).contains("Northwind Cape Breton").doesNotContain("Northwind Safety Consulting");
	}
}
