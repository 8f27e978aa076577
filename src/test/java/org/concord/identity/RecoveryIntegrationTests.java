package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Duration;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import com.icegreen.greenmail.util.GreenMail;

@ConcordIntegrationTest
class RecoveryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private WebSession visitor(String host) {
		return new WebSession(mvc, host, "10.2.0.1");
	}

	@Test
	void forgotUsernameMailsTheUsernameFromTheBrandOfTheHost() throws Exception {
		var partner = accounts.freshPartner();
		String email = TestAccounts.emailOf(partner.rep());

		MvcResult result = visitor("cube.localhost").perform(post("/forgot-username").param("email", email).with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
		var mail = Mails.awaitLatestTo(greenMail, email);
		assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@cubedms.com");
		assertThat(mail.getSubject()).contains("CubeDMS");
		assertThat(Mails.text(mail)).contains(partner.rep()).contains("partner@cubedms.com");
	}

	@Test
	void bothFormsAnswerTheSameWhetherOrNotTheAccountExists() throws Exception {
		var partner = accounts.freshPartner();
		MvcResult known = visitor("lighthouse.localhost").perform(post("/forgot-password").param("username", partner.rep()).with(csrf()));
		MvcResult unknown = visitor("lighthouse.localhost").perform(post("/forgot-password").param("username", "no-such-person").with(csrf()));
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl());
		assertThat(unknown.getFlashMap().get("notice")).isEqualTo(known.getFlashMap().get("notice"));

		MvcResult knownName = visitor("lighthouse.localhost").perform(post("/forgot-username").param("email", "harbour.rep@harbour.example").with(csrf()));
		MvcResult unknownName = visitor("lighthouse.localhost").perform(post("/forgot-username").param("email", "nobody@nowhere.example").with(csrf()));
		assertThat(unknownName.getFlashMap().get("notice")).isEqualTo(knownName.getFlashMap().get("notice"));
	}

	@Test
	void aResetLinkSetsANewPasswordOnceAndIsStoredOnlyAsAHash() throws Exception {
		var partner = accounts.freshPartner();
		String token = requestResetToken(partner.rep());

		assertThat(jdbc.queryForObject("select count(*) from one_time_token where token_hash = ?", Integer.class, token)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from one_time_token where token_hash = ?", Integer.class,
				Secrets.sha256(token))).isOne();

		MvcResult reset = choose(token, "a brand new passphrase for spring");
		assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(new WebSession(mvc, "lighthouse.localhost", "10.2.0.2").login(partner.rep(), "a brand new passphrase for spring")
				.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(new WebSession(mvc, "lighthouse.localhost", "10.2.0.3").login(partner.rep(), WebSession.PASSWORD)
				.getResponse().getRedirectedUrl()).isEqualTo("/login?error");

		MvcResult again = choose(token, "yet another passphrase for autumn");
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		assertThat(again.getResponse().getContentAsString()).contains("invalid, has been used, or has expired");
	}

	@Test
	void aResetLinkExpiresAfterOneHour() throws Exception {
		var partner = accounts.freshPartner();
		String token = requestResetToken(partner.rep());
		clock.advance(Duration.ofMinutes(61));

		assertThat(visitor("lighthouse.localhost").perform(get("/reset-password").param("token", token)).getResponse()
				.getContentAsString()).contains("invalid, has been used, or has expired");
		assertThat(choose(token, "a brand new passphrase for spring").getResponse().getRedirectedUrl()).isNull();
	}

	@Test
	void theNewPasswordMustFollowThePolicyAndTheErrorNamesTheField() throws Exception {
		var partner = accounts.freshPartner();
		String token = requestResetToken(partner.rep());
		MvcResult weak = choose(token, "password1234");
		assertThat(weak.getResponse().getContentAsString()).contains("most common");
		assertThat(weak.getModelAndView().getModel().get("org.springframework.validation.BindingResult.form").toString())
				.contains("field 'password'");
		assertThat(choose(token, "a brand new passphrase for spring").getResponse().getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void resetsAreAudited() throws Exception {
		var partner = accounts.freshPartner();
		choose(requestResetToken(partner.rep()), "a brand new passphrase for spring");
		assertThat(jdbc.queryForList("select action from audit_entry where subject = ?", String.class, partner.rep()))
				.contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET_COMPLETED");
	}

	@Test
	void resetLinksAlwaysPointAtAKnownBrandHost() throws Exception {
		var partner = accounts.freshPartner();
		new WebSession(mvc, "evil.example", "10.2.0.5").perform(post("/forgot-password").param("username", partner.admin()).with(csrf()));
		String link = Mails.link(Mails.awaitLatestTo(greenMail, TestAccounts.emailOf(partner.admin())), "/reset-password");
		assertThat(URI.create(link).getHost()).isEqualTo("lighthouse.localhost");
	}

	private String requestResetToken(String username) throws Exception {
		visitor("lighthouse.localhost").perform(post("/forgot-password").param("username", username).with(csrf()));
		String email = TestAccounts.emailOf(username);
		String link = Mails.link(Mails.awaitLatestTo(greenMail, email), "/reset-password");
		return UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
	}

	private MvcResult choose(String token, String password) throws Exception {
		return visitor("lighthouse.localhost").perform(post("/reset-password").param("token", token)
				.param("password", password).param("confirmation", password).with(csrf()));
	}
}
