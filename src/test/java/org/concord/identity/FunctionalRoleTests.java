package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** A partner person's functional role beside the access role: set by whoever manages the person, shown on People. */
@ConcordIntegrationTest
class FunctionalRoleTests {

	@Autowired
	People people;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void aPartnerAdminSetsItsPeoplesFunctionalRolesAndNobodyElsesAndTheVendorsPeopleHaveNone() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		UserId rep = new UserId(accounts.idOf(partner.rep()));
		accounts.as(partner.admin(), () -> people.changeFunctionalRole(rep, FunctionalRole.SALES));
		assertThat(accounts.as(partner.rep(), () -> people.get(rep)).functionalRole()).isEqualTo(FunctionalRole.SALES);

		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> people.changeFunctionalRole(rep, FunctionalRole.FINANCE)))
				.isInstanceOf(AccessDeniedException.class);
		FreshPartner other = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(other.admin(), () -> people.changeFunctionalRole(rep, FunctionalRole.FINANCE)))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as("admin", () -> people.changeFunctionalRole(new UserId(accounts.idOf("channel")),
				FunctionalRole.SALES))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("functionalRole"));
		accounts.as("admin", () -> people.changeFunctionalRole(rep, null));
		assertThat(accounts.as(partner.rep(), () -> people.get(rep)).functionalRole()).isNull();

		WebSession admin = WebSession.loggedIn(mvc, partner.admin());
		var saved = admin.perform(post("/people/" + rep + "/functional-role").with(csrf()).param("functionalRole", "TECHNICAL"));
		assertThat(saved.getFlashMap().get("notice")).isEqualTo("Functional role set to Technical.");
		assertThat(admin.perform(get("/people")).getResponse().getContentAsString()).contains("Technical");
		String api = mvc.perform(put("/api/v1/users/" + rep + "/functional-role").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken(partner.admin())).content("{\"functionalRole\":\"MARKETING\"}"))
				.andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"functionalRole\":\"MARKETING\"");
	}
}
