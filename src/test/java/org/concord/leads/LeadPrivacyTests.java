package org.concord.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.PartnerTier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A lead passed from one partner to another shows each partner only its own part of the routing history. */
@ConcordIntegrationTest
class LeadPrivacyTests {

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	Leads leads;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theNextPartnerDoesNotLearnWhoDeclinedTheLeadWhyOrHowTheyRanked() throws Exception {
		String region = LeadFixtures.territory();
		FreshPartner first = fixtures.partner(region, PartnerTier.GOLD, 10);
		FreshPartner next = fixtures.partner(region, PartnerTier.SILVER, 10);
		LeadId lead = fixtures.create(fixtures.lead(region));
		assertThat(fixtures.get(lead).summary().partnerId()).isEqualTo(first.id());
		accounts.as(first.rep(), () -> {
			leads.decline(lead, "Our only rep for that town just left");
		});
		assertThat(fixtures.get(lead).summary().partnerId()).isEqualTo(next.id());

		LeadDetails seen = accounts.as(next.rep(), () -> leads.get(lead));
		assertThat(seen.history()).isNotEmpty().allSatisfy(step -> assertThat(step.partnerId()).isEqualTo(next.id().value()));
		String api = mvc.perform(get("/api/v1/leads/" + lead).header("Authorization", "Bearer " + accounts.apiToken(next.rep())))
				.andReturn().getResponse().getContentAsString();
		String page = WebSession.loggedIn(mvc, next.rep()).perform(get("/lead-routing/" + lead)).getResponse().getContentAsString();
		for (String body : new String[] { api, page }) {
			assertThat(body).doesNotContain(first.id().toString()).doesNotContain("only rep for that town")
					.doesNotContain("tier Gold").doesNotContain("Test Partner " + first.rep().split("\\.")[0]);
		}
		assertThat(fixtures.get(lead).history()).as("the channel team sees every step")
				.anySatisfy(step -> assertThat(step.partnerId()).isEqualTo(first.id().value()));
	}
}
