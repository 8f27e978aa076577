package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Set;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** A partner's profile: the vendor keeps all of it; the partner's admin its contact details, and nothing else. */
@ConcordIntegrationTest
class CompanyProfileTests {

	@Autowired
	PartnerDirectory partners;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private static CompanyProfile profile(String phone, Integer employees, Set<String> regions) {
		return new CompanyProfile("1 Hollis St", "Halifax", "NS", "B3J 1T5", phone, "office@example.com",
				"https://example.com", employees, regions, Set.of("ISO 45001 audits"), Set.of("Reseller program"));
	}

	@Test
	void theVendorKeepsTheWholeProfileAndThePartnerAdminItsContactDetailsOnly() {
		FreshPartner partner = accounts.freshPartner();
		var saved = accounts.as("channel", () -> partners.changeProfile(partner.id(), profile("+1 902 555 0199", 42,
				Set.of("NS", "NB"))));
		assertThat(saved.employees()).isEqualTo(42);
		assertThat(saved.sizeBand()).isEqualTo("11–50");
		assertThat(saved.regionsServed()).containsExactlyInAnyOrder("NS", "NB");
		assertThat(jdbc.queryForList("select detail from audit_entry where action = 'PARTNER_PROFILE_CHANGED' and subject = ?",
				String.class, partner.id().toString())).singleElement().asString().contains("phone", "employees");

		var own = accounts.as(partner.admin(), () -> partners.changeProfile(partner.id(), profile("+1 902 555 0100", 42,
				Set.of("NB", "NS"))));
		assertThat(own.phone()).as("a partner admin keeps its contact details").isEqualTo("+1 902 555 0100");
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> partners.changeProfile(partner.id(),
				profile("+1 902 555 0100", 500, Set.of("NS", "NB"))))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("employees"));
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> partners.changeProfile(partner.id(),
				profile("+1 902 555 0100", 42, Set.of("NS"))))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("regionsServed"));
		assertThat(accounts.as(partner.rep(), () -> partners.profile(partner.id())).employees()).as("nothing refused was kept")
				.isEqualTo(42);
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> partners.changeProfile(partner.id(), own)))
				.as("a rep does not edit the company").isInstanceOf(AccessDeniedException.class);
		FreshPartner other = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(other.admin(), () -> partners.changeProfile(partner.id(), own)))
				.isInstanceOf(NotFoundException.class);
		assertThat(new CompanyProfile(null, null, null, null, null, null, null, 1500, Set.of(), Set.of(), Set.of()).sizeBand())
				.isEqualTo("over 1,000");
	}

	@Test
	void thePageAndTheApiKeepTheProfileAndNameTheFieldOfABadValue() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		WebSession admin = WebSession.loggedIn(mvc, partner.admin());
		var saved = admin.perform(post("/partners/" + partner.id() + "/profile").with(csrf()).param("street", "5 Spring Garden Rd")
				.param("city", "Halifax").param("phone", "+1 902 555 0123").param("email", "hello@example.com"));
		assertThat(saved.getFlashMap().get("notice")).isEqualTo("Company profile saved.");
		String page = admin.perform(get("/partners/" + partner.id())).getResponse().getContentAsString();
		assertThat(page).contains("5 Spring Garden Rd", "+1 902 555 0123", "Change your contact details")
				.doesNotContain("name=\"employees\"");
		var refused = admin.perform(post("/partners/" + partner.id() + "/profile").with(csrf()).param("email", "not an address"));
		assertThat(refused.getFlashMap().get("problem")).asString().startsWith("email:");
		assertThat(partners.find(partner.id())).isPresent();
		assertThat(accounts.as(partner.rep(), () -> partners.profile(partner.id())).email()).isEqualTo("hello@example.com");

		WebSession channel = WebSession.loggedIn(mvc, "channel");
		var bad = channel.perform(post("/partners/" + partner.id() + "/profile").with(csrf()).param("employees", "many"));
		assertThat(bad.getFlashMap().get("problem")).asString().startsWith("employees:");
		channel.perform(post("/partners/" + partner.id() + "/profile").with(csrf()).param("employees", "250")
				.param("regionsServed", "NS, NB, PE").param("specialisations", "Construction safety").param("programs", "Referral"));
		assertThat(channel.perform(get("/partners/" + partner.id())).getResponse().getContentAsString())
				.contains("250 employees (201–1,000)", "NS, NB, PE", "Construction safety");

		var api = mvc.perform(put("/api/v1/partners/" + partner.id() + "/profile").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.content("{\"website\":\"javascript:x\",\"regionsServed\":[],\"specialisations\":[],\"programs\":[]}"))
				.andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("\"field\":\"website\"");
	}
}
