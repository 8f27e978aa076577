package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ConcordIntegrationTest
class LoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loginGivesANewSessionIdAndLogoutEndsTheSession() throws Exception {
		WebSession web = new WebSession(mvc, "lighthouse.localhost", "10.1.0.1");
		web.perform(get("/login"));
		web.perform(get("/"));
		String before = web.sessionCookie() == null ? null : web.sessionCookie().getValue();
		assertThat(before).as("a session exists before login").isNotNull();

		MvcResult login = web.login("harbour.rep", WebSession.PASSWORD);

		assertThat(login.getResponse().getRedirectedUrl()).endsWith("/?continue");
		assertThat(web.sessionCookie()).isNotNull();
		assertThat(web.sessionCookie().getValue()).isNotEqualTo(before);
		assertThat(web.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForList("select max_inactive_interval from spring_session where principal_name = 'harbour.rep'",
				Integer.class)).as("session timeout in seconds").isNotEmpty().containsOnly(1800);

		web.perform(post("/logout").with(csrf()));
		assertThat(web.perform(get("/")).getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
		WebSession web = new WebSession(mvc, "lighthouse.localhost", "10.1.0.2");
		assertThat(web.login("harbour.rep", "wrong-password-123").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(web.login("nobody.at.all", "wrong-password-123").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void formsNeedTheCsrfToken() throws Exception {
		WebSession web = new WebSession(mvc, "lighthouse.localhost", "10.1.0.3");
		assertThat(web.perform(post("/login").param("username", "harbour.rep").param("password", WebSession.PASSWORD))
				.getResponse().getStatus()).isEqualTo(403);
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		assertThat(admin.perform(post("/partners/new").param("name", "Sneaky Ltd")).getResponse().getStatus())
				.isEqualTo(403);
	}

	@Test
	void repeatedFailuresFromOneAddressBlockThatAddressForTheAccountOnly() throws Exception {
		var partner = accounts.freshPartner();
		WebSession attacker = new WebSession(mvc, "lighthouse.localhost", "10.66.0.1");
		for (int i = 0; i < 5; i++) {
			attacker.login(partner.rep(), "not-the-password-" + i);
		}
		assertThat(attacker.login(partner.rep(), WebSession.PASSWORD).getResponse().getRedirectedUrl())
				.isEqualTo("/login?throttled");

		WebSession owner = new WebSession(mvc, "lighthouse.localhost", "10.66.0.2");
		assertThat(owner.login(partner.rep(), WebSession.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");

		clock.advance(Duration.ofMinutes(2));
		assertThat(attacker.login(partner.rep(), WebSession.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void oneAddressTryingManyAccountsIsBlocked() throws Exception {
		WebSession sprayer = new WebSession(mvc, "lighthouse.localhost", "10.77.0.1");
		for (int i = 0; i < 30; i++) {
			sprayer.login("sprayed" + i, "Summer2026!!");
		}
		var partner = accounts.freshPartner();
		assertThat(sprayer.login(partner.rep(), WebSession.PASSWORD).getResponse().getRedirectedUrl())
				.isEqualTo("/login?throttled");
	}

	@Test
	void loginsAndFailuresAreAudited() throws Exception {
		var partner = accounts.freshPartner();
		WebSession web = new WebSession(mvc, "lighthouse.localhost", "10.1.0.9");
		web.login(partner.admin(), "wrong-password-123");
		clock.advance(Duration.ofSeconds(1)); // the audit log's order is its entries' time
		web.login(partner.admin(), WebSession.PASSWORD);

		assertThat(jdbc.queryForList("select action from audit_entry where subject = ? and client_address = ? order by occurred_at",
				String.class, partner.admin(), "10.1.0.9")).containsExactly("LOGIN_FAILED", "LOGIN_SUCCEEDED");
		assertThat(jdbc.queryForObject("select last_login_at from user_account where username = ?", Object.class,
				partner.admin())).isNotNull();
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		var response = new WebSession(mvc, "lighthouse.localhost", "10.1.0.4").perform(get("/login")).getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("script-src 'self'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Strict-Transport-Security")).isNull();

		var secure = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
		assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
	}
}
