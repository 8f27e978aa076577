package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The login and recovery paths under attack: over-long input, guesses sent in parallel, timing, request floods,
 * forged hosts; and what ends a person's sessions and tokens.
 */
@ConcordIntegrationTest
class IdentityHardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	People people;

	@Autowired
	Safeguards safeguards;

	@Autowired
	TransactionTemplate transactions;

	@Value("${local.server.port}")
	int port;

	@Test
	void anOverlongUsernameIsAnOrdinaryFailedLoginAndTheAuditLogNeverKeepsWhatWasTyped() throws Exception {
		WebSession web = new WebSession(mvc, "lighthouse.localhost", "10.9.0.1");
		String typed = "correct horse battery staple ".repeat(200);
		MvcResult result = web.login(typed, "whatever-it-is-123");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		web.login("Not-A-User-But-Maybe-A-Password!", "x");

		assertThat(jdbc.queryForList("select subject from audit_entry where action = 'LOGIN_FAILED' and client_address = '10.9.0.1'",
				String.class)).containsOnly(ThrottledAuthenticationProvider.NO_SUCH_ACCOUNT).hasSize(2);
		var partner = accounts.freshPartner();
		web.login(partner.rep().toUpperCase(), "wrong-password-123");
		assertThat(jdbc.queryForList("select subject from audit_entry where action = 'LOGIN_FAILED' and client_address = '10.9.0.1'",
				String.class)).contains(partner.rep());
	}

	@Test
	void twentyGuessesSentAtOnceGetNoFurtherThanTheLimit() throws Exception {
		var partner = accounts.freshPartner();
		int guesses = 20;
		ExecutorService pool = Executors.newFixedThreadPool(guesses);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < guesses; i++) {
				String password = "guess-number-" + i;
				Callable<String> guess = () -> {
					start.await();
					return new WebSession(mvc, "lighthouse.localhost", "10.9.1.1").login(partner.rep(), password).getResponse()
							.getRedirectedUrl();
				};
				answers.add(pool.submit(guess));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> answer : answers) {
				outcomes.add(answer.get());
			}
			assertThat(outcomes).containsOnly("/login?error", "/login?throttled");
			assertThat(outcomes.stream().filter("/login?error"::equals).count()).as("guesses whose password was checked")
					.isLessThanOrEqualTo(LoginThrottle.PAIR.threshold());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void invitedAndDeactivatedAccountsCostTheSamePasswordCheckAsActiveOnes() throws Exception {
		var partner = accounts.freshPartner();
		String deactivated = accounts.freshPartner().rep();
		accounts.as("admin", () -> {
			people.deactivate(new UserId(accounts.idOf(deactivated)));
		});
		long active = medianLoginNanos(partner.rep(), "10.9.2.1");
		long gone = medianLoginNanos(deactivated, "10.9.2.2");
		long unknown = medianLoginNanos("nobody-" + UUID.randomUUID(), "10.9.2.3");
		// the slow hash dominates a failed login; without it the answer takes a small fraction of the time
		assertThat(gone).as("deactivated vs active").isGreaterThan(active / 2);
		assertThat(unknown).as("unknown vs active").isGreaterThan(active / 2);
	}

	private long medianLoginNanos(String username, String address) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			WebSession web = new WebSession(mvc, "lighthouse.localhost", address + i);
			long start = System.nanoTime();
			web.login(username, "not-the-password-" + i);
			times.add(System.nanoTime() - start);
		}
		return times.stream().sorted().toList().get(1);
	}

	@Test
	void recoveryIsLimitedPerAddressAndPerClient() throws Exception {
		var partner = accounts.freshPartner();
		WebSession visitor = new WebSession(mvc, "lighthouse.localhost", "10.9.3.1");
		for (int i = 0; i < Recovery.PER_ADDRESS.threshold(); i++) {
			assertThat(visitor.perform(post("/forgot-password").param("username", partner.rep()).with(csrf())).getResponse()
					.getRedirectedUrl()).isEqualTo("/login");
		}
		MvcResult flooded = visitor.perform(post("/forgot-password").param("username", partner.rep()).with(csrf()));
		assertThat(flooded.getResponse().getStatus()).isEqualTo(429);
		assertThat(flooded.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(flooded.getResponse().getContentAsString()).contains("Too many requests");

		WebSession sprayer = new WebSession(mvc, "lighthouse.localhost", "10.9.3.2");
		int answered = 0;
		for (int i = 0; i < Recovery.PER_CLIENT.threshold() + 1; i++) {
			if (sprayer.perform(post("/forgot-username").param("email", "spray" + i + "@nowhere.example").with(csrf()))
					.getResponse().getStatus() == 302) {
				answered++;
			}
		}
		assertThat(answered).as("requests from one client").isEqualTo(Recovery.PER_CLIENT.threshold());
	}

	@Test
	void forgotPasswordAnswersInTheSameTimeWhetherOrNotTheAccountExists() throws Exception {
		var partner = accounts.freshPartner();
		List<Long> known = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		for (int i = 0; i < 4; i++) { // a fifth request for one account would be throttled: another path
			known.add(timeForgot(partner.rep(), "10.9.4." + i));
			unknown.add(timeForgot("no-such-person-" + i, "10.9.5." + i));
		}
		// the fastest of the answers: what the work costs, without the pauses of a busy two-core machine
		long knownFastest = known.stream().min(Long::compare).orElseThrow();
		long unknownFastest = unknown.stream().min(Long::compare).orElseThrow();
		// both answers do the same work (count the request, record it); what an account gets happens afterwards
		assertThat(Math.abs(knownFastest - unknownFastest)).isLessThan(Math.max(knownFastest, unknownFastest) / 2 + 3_000_000);
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), "Reset your");
	}

	private long timeForgot(String given, String address) throws Exception {
		WebSession visitor = new WebSession(mvc, "lighthouse.localhost", address);
		long start = System.nanoTime();
		visitor.perform(post("/forgot-password").param("username", given).with(csrf()));
		return System.nanoTime() - start;
	}

	@Test
	void resetLinksUseTheConfiguredAddressNeverTheRequestsHostOrPort() throws Exception {
		var partner = accounts.freshPartner();
		new WebSession(mvc, "cube.localhost", "10.9.6.1").perform(post("/forgot-password").param("username", partner.admin())
				.with(r -> {
					r.setServerPort(6666);
					r.setScheme("https");
					return r;
				}).header("X-Forwarded-Host", "evil.example").with(csrf()));
		URI link = URI.create(Mails.link(Mails.awaitLatestTo(greenMail, TestAccounts.emailOf(partner.admin())), "/reset-password"));
		assertThat(link.getHost()).isEqualTo("cube.localhost");
		assertThat(link.getPort()).isEqualTo(port);
		assertThat(link.getScheme()).isEqualTo("http");
	}

	@Test
	void apiTokensExpireAfterTheVendorsLifetimeAndTheTokenPageSaysWhen() throws Exception {
		var partner = accounts.freshPartner();
		SafeguardsView before = safeguards.current();
		assertThat(before.apiTokenLifetimeDays()).as("the default").isEqualTo(90);
		String token;
		try {
			accounts.as("admin", () -> safeguards.change(new SafeguardsView(2, before.payoutFourEyes())));
			token = accounts.apiToken(partner.rep());
			String page = WebSession.loggedIn(mvc, partner.rep()).perform(get("/settings/api-tokens")).getResponse()
					.getContentAsString();
			assertThat(page).contains("Tokens expire after at most 2 days");
			String tooLong = accounts.as(partner.rep(), () -> {
				try {
					return accounts.tokens().create("too long", 3).secret();
				}
				catch (InvalidInputException ex) {
					return ex.field();
				}
			});
			assertThat(tooLong).isEqualTo("days");
		}
		finally {
			accounts.as("admin", () -> safeguards.change(before));
		}
		assertThat(status(token)).isEqualTo(200);
		clock.advance(Duration.ofDays(2).plusMinutes(1));
		assertThat(status(token)).as("expired").isEqualTo(401);
	}

	@Test
	void aTokensUseIsWrittenAtMostOnceAMinute() throws Exception {
		var partner = accounts.freshPartner();
		String token = accounts.apiToken(partner.rep());
		String lastUsed = "select last_used_at from api_token t join user_account u on u.id = t.user_id where u.username = ?";
		assertThat(status(token)).isEqualTo(200);
		Object first = jdbc.queryForObject(lastUsed, Object.class, partner.rep());
		assertThat(first).isNotNull();
		clock.advance(Duration.ofSeconds(30));
		status(token);
		status(token);
		assertThat(jdbc.queryForObject(lastUsed, Object.class, partner.rep())).isEqualTo(first);
		clock.advance(Duration.ofSeconds(31));
		status(token);
		assertThat(jdbc.queryForObject(lastUsed, Object.class, partner.rep())).isNotEqualTo(first);
	}

	@Test
	void aPasswordResetOrADeactivationRevokesEveryTokenOfThePerson() throws Exception {
		var partner = accounts.freshPartner();
		String repToken = accounts.apiToken(partner.rep());
		String adminToken = accounts.apiToken(partner.admin());

		new WebSession(mvc, "lighthouse.localhost", "10.9.7.1").perform(post("/forgot-password").param("username", partner.rep()).with(csrf()));
		String link = Mails.link(Mails.awaitLatestTo(greenMail, TestAccounts.emailOf(partner.rep())), "/reset-password");
		String resetToken = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
		new WebSession(mvc, "lighthouse.localhost", "10.9.7.1").perform(post("/reset-password").param("token", resetToken)
				.param("password", "a brand new passphrase for winter").param("confirmation", "a brand new passphrase for winter")
				.with(csrf()));
		assertThat(status(repToken)).as("after a password reset").isEqualTo(401);
		assertThat(revokedTokens(partner.rep())).isOne();

		accounts.as("admin", () -> {
			people.deactivate(new UserId(accounts.idOf(partner.admin())));
		});
		assertThat(status(adminToken)).isEqualTo(401);
		assertThat(revokedTokens(partner.admin())).as("revoked, not only refused while the account is off").isOne();
	}

	private Integer revokedTokens(String username) {
		return jdbc.queryForObject("select count(*) from api_token t join user_account u on u.id = t.user_id "
				+ "where u.username = ? and t.revoked_at is not null", Integer.class, username);
	}

	@Test
	void aRoleChangeThatRollsBackLeavesTheSessionsAndOneThatCommitsEndsThem() throws Exception {
		var partner = accounts.freshPartner();
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		UserId id = new UserId(accounts.idOf(partner.rep()));
		transactions.executeWithoutResult(tx -> {
			accounts.as("admin", () -> {
				people.changeRole(id, Role.PARTNER_ADMIN);
			});
			tx.setRollbackOnly();
		});
		assertThat(rep.perform(get("/")).getResponse().getStatus()).as("the change rolled back").isEqualTo(200);

		accounts.as("admin", () -> {
			people.changeRole(id, Role.PARTNER_ADMIN);
		});
		assertThat(rep.perform(get("/")).getResponse().getStatus()).as("the change committed").isEqualTo(302);
	}

	@Test
	void theSessionCookieIsSecureWhenTheRequestCameOverHttpsThroughAProxy() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
				.header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sessionCookie(plain)).doesNotContainIgnoringCase("secure");
		assertThat(sessionCookie(proxied)).containsIgnoringCase("secure");
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
				.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private int status(String token) throws Exception {
		return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
	}
}
