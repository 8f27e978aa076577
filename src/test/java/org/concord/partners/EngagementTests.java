package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures;
import org.concord.shared.EngagementKind;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Each partner person's engagement history: its logins and the deals it registered, newest first, seen in scope. */
@ConcordIntegrationTest
class EngagementTests {

	@Autowired
	Engagement engagement;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void aPartnerPersonsLoginsAndRegistrationsAreItsHistoryNewestFirst() throws Exception {
		var partner = accounts.freshPartner();
		UserId rep = new UserId(accounts.idOf(partner.rep()));
		WebSession.loggedIn(mvc, partner.rep());
		clock.advance(Duration.ofMinutes(3));
		var prospect = RegistrationFixtures.Prospect.fresh();
		registrations.register(partner.rep(), prospect, "cube");
		clock.advance(Duration.ofMinutes(3));
		registrations.register(accounts.freshPartner().rep(), prospect, "cube"); // another partner's duplicate: not this rep's

		Engagement.History history = accounts.as("channel", () -> engagement.of(rep, 0, 10));
		assertThat(history.entries().content()).extracting(EngagementView::kind, EngagementView::subject).containsExactly(
				org.assertj.core.groups.Tuple.tuple(EngagementKind.REGISTRATION, prospect.company()),
				org.assertj.core.groups.Tuple.tuple(EngagementKind.LOGIN, null));
		assertThat(history.counts()).containsEntry(EngagementKind.LOGIN, 1L).containsEntry(EngagementKind.REGISTRATION, 1L)
				.containsEntry(EngagementKind.TRAINING, 0L);
		assertThat(accounts.as(partner.admin(), () -> engagement.of(rep, 0, 10)).entries().content()).hasSize(2);
		assertThat(accounts.as(accounts.freshPartner().admin(), () -> engagement.of(rep, 0, 10)).entries().content())
				.as("another partner's people read nothing of it").isEmpty();

		String vendor = accounts.freshVendorUser(Role.CHANNEL_MANAGER);
		WebSession.loggedIn(mvc, vendor);
		assertThat(accounts.as("admin", () -> engagement.of(new UserId(accounts.idOf(vendor)), 0, 10)).entries().content())
				.as("the vendor's own staff are not partners engaging").isEmpty();
	}

	@Test
	void thePersonsPageAndTheApiShowItAndAnotherPartnerGets404() throws Exception {
		var partner = accounts.freshPartner();
		var prospect = RegistrationFixtures.Prospect.fresh();
		registrations.register(partner.rep(), prospect, "cube");
		String id = accounts.idOf(partner.rep()).toString();
		String page = WebSession.loggedIn(mvc, partner.admin()).perform(get("/people/" + id)).getResponse().getContentAsString();
		assertThat(page).contains("id=\"engagement\"", "Registered a deal: " + prospect.company());
		MvcResult hidden = mvc.perform(get("/api/v1/users/" + id + "/engagement")
				.header("Authorization", "Bearer " + accounts.apiToken(accounts.freshPartner().admin()))).andReturn();
		assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
		MvcResult seen = mvc.perform(get("/api/v1/users/" + id + "/engagement")
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))).andReturn();
		assertThat(seen.getResponse().getContentAsString()).contains("\"REGISTRATION\"", prospect.company());
	}
}
