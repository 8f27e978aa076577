package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A partner's website is a link only when it is an http(s) address; anything else is text, never followed. */
@ConcordIntegrationTest
class PartnerWebsiteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWebsiteThatIsNoWebAddressIsRefusedNamingTheField() throws Exception {
		var response = mvc.perform(post("/api/v1/partners").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.content("{\"name\":\"Scripted Ltd\",\"type\":\"RESELLER\",\"tier\":\"SILVER\",\"country\":\"CA\","
						+ "\"website\":\"javascript:alert(document.cookie)\"}")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("\"field\":\"website\"");
	}

	@Test
	void aStoredWebsiteThatIsNoWebAddressIsShownAsTextNotAsALink() throws Exception {
		var partner = accounts.freshPartner();
		jdbc.update("update partner_company set website = ? where id = ?", "javascript:alert(1)", partner.id().value());
		String page = WebSession.loggedIn(mvc, partner.rep()).perform(get("/partners/" + partner.id())).getResponse()
				.getContentAsString();
		assertThat(page).contains("javascript:alert(1)").doesNotContain("href=\"javascript:");

		jdbc.update("update partner_company set website = ? where id = ?", "https://www.example.com", partner.id().value());
		assertThat(WebSession.loggedIn(mvc, partner.rep()).perform(get("/partners/" + partner.id())).getResponse()
				.getContentAsString()).contains("href=\"https://www.example.com\"");
	}
}
