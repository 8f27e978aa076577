package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.WebSession;
import org.concord.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import com.icegreen.greenmail.util.GreenMail;

@ConcordIntegrationTest
class PeopleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPartnerAdminInvitesARepWhoChoosesAPasswordAndLogsIn() throws Exception {
		var partner = accounts.freshPartner();
		WebSession admin = WebSession.loggedIn(mvc, partner.admin());
		String username = partner.admin().replace(".admin", ".newrep");
		String email = username + "@example.org";

		MvcResult invited = admin.perform(post("/people/invite").param("username", username).param("email", email)
				.param("displayName", "New Rep").param("role", "PARTNER_REP").with(csrf()));
		assertThat(invited.getResponse().getRedirectedUrl()).startsWith("/people/");
		assertThat(accounts.partnerOf(username)).isEqualTo(partner.id());

		String link = Mails.link(Mails.awaitLatestTo(greenMail, email), "/invitation");
		String token = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
		WebSession newcomer = new WebSession(mvc, "lighthouse.localhost", "10.3.0.1");
		assertThat(newcomer.login(username, "anything at all here").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		newcomer.perform(post("/invitation").param("token", token).param("password", "my own passphrase at last")
				.param("confirmation", "my own passphrase at last").with(csrf()));
		assertThat(newcomer.login(username, "my own passphrase at last").getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aPartnerAdminCannotInviteVendorStaffNorIntoAnotherCompany() throws Exception {
		var partner = accounts.freshPartner();
		var other = accounts.freshPartner();
		WebSession admin = WebSession.loggedIn(mvc, partner.admin());
		String username = partner.admin().replace(".admin", ".boss");

		MvcResult vendorRole = admin.perform(post("/people/invite").param("username", username)
				.param("email", username + "@example.org").param("displayName", "Boss").param("role", "VENDOR_ADMIN").with(csrf()));
		assertThat(vendorRole.getResponse().getStatus()).isEqualTo(403);

		admin.perform(post("/people/invite").param("username", username).param("email", username + "@example.org")
				.param("displayName", "Sneaky").param("role", "PARTNER_REP").param("partnerId", other.id().toString()).with(csrf()));
		assertThat(accounts.partnerOf(username)).isEqualTo(partner.id());
	}

	@Test
	void aRepCannotInviteOrDeactivate() throws Exception {
		var partner = accounts.freshPartner();
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		assertThat(rep.perform(post("/people/invite").param("username", "x.y.z").param("email", "xyz@example.org")
				.param("displayName", "X").param("role", "PARTNER_REP").with(csrf())).getResponse().getStatus()).isEqualTo(403);
		assertThat(rep.perform(post("/people/" + accounts.idOf(partner.admin()) + "/deactivate").with(csrf()))
				.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void invitationErrorsNameTheField() throws Exception {
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		MvcResult result = admin.perform(post("/people/invite").param("username", "northwind.admin")
				.param("email", "not-an-email").param("displayName", "").param("role", "PARTNER_REP").with(csrf()));
		String page = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getModelAndView().getModel().get("org.springframework.validation.BindingResult.form").toString())
				.contains("field 'email'").contains("field 'displayName'");
		assertThat(page).contains("field-error");
	}

	@Test
	void deactivatingSomeoneEndsTheirSessionsAndIsAudited() throws Exception {
		var partner = accounts.freshPartner();
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		assertThat(rep.perform(get("/")).getResponse().getStatus()).isEqualTo(200);

		WebSession admin = WebSession.loggedIn(mvc, partner.admin());
		admin.perform(post("/people/" + accounts.idOf(partner.rep()) + "/deactivate").with(csrf()));

		assertThat(rep.perform(get("/")).getResponse().getStatus()).isEqualTo(302);
		assertThat(new WebSession(mvc, "lighthouse.localhost", "10.3.0.2").login(partner.rep(), WebSession.PASSWORD)
				.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(jdbc.queryForList("select action from audit_entry where subject = ?", String.class, partner.rep()))
				.contains("USER_DEACTIVATED");
	}

	@Test
	void aVendorAdminChangesARoleWhichEndsTheSessionsAndIsAudited() throws Exception {
		var partner = accounts.freshPartner();
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		WebSession admin = WebSession.loggedIn(mvc, "admin");

		admin.perform(post("/people/" + accounts.idOf(partner.rep()) + "/role").param("role", "PARTNER_ADMIN").with(csrf()));

		assertThat(accounts.principal(partner.rep()).role()).isEqualTo(Role.PARTNER_ADMIN);
		assertThat(rep.perform(get("/")).getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'ROLE_CHANGED' and subject = ?",
				String.class, partner.rep())).isEqualTo("PARTNER_REP -> PARTNER_ADMIN");
		assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'ROLE_CHANGED' and subject = ?",
				String.class, partner.rep())).isEqualTo("admin");
	}

	@Test
	void aRoleCannotCrossFromPartnerToVendor() throws Exception {
		var partner = accounts.freshPartner();
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		MvcResult result = admin.perform(post("/people/" + accounts.idOf(partner.rep()) + "/role").param("role", "VENDOR_ADMIN").with(csrf()));
		assertThat(result.getFlashMap().get("problem").toString()).contains("within the vendor or within the partner");
		assertThat(accounts.principal(partner.rep()).role()).isEqualTo(Role.PARTNER_REP);
	}
}
