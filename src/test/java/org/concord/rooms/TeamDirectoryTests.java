package org.concord.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.ContactChannel;
import org.concord.identity.FunctionalRole;
import org.concord.identity.People;
import org.concord.identity.PersonalSettings;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.PartnerAccounts;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Contacts room: the partnership's team (the account manager, the channel team, support, the partner's people with
 * their roles, phone and preferred channel) and the feed of who joined, left or changed, to those who read the partner.
 */
@ConcordIntegrationTest
class TeamDirectoryTests {

	@Autowired
	TeamDirectory team;

	@Autowired
	People people;

	@Autowired
	PartnerAccounts partnerAccounts;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void thePartnershipsTeamWithHowToReachEachAndWhatChanged() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		UserId rep = new UserId(accounts.idOf(partner.rep()));
		accounts.as("channel", () -> partnerAccounts.lookAfter(partner.id()));
		accounts.as(partner.rep(), () -> people.changeMySettings(new PersonalSettings(null, "+1 902 555 0199", ContactChannel.PHONE)));
		accounts.as(partner.admin(), () -> people.changeFunctionalRole(rep, FunctionalRole.TECHNICAL));
		WebSession admin = WebSession.loggedIn(mvc, partner.admin());
		String username = "n" + UUID.randomUUID().toString().substring(0, 8);
		admin.perform(post("/people/invite").with(csrf()).param("username", username).param("email", username + "@team.example")
				.param("displayName", "Nia New").param("role", "PARTNER_REP"));

		Team seen = accounts.as(partner.rep(), () -> team.of(partner.id(), 0, 0));
		assertThat(seen.accountManager().displayName()).isEqualTo("Casey Channel");
		assertThat(seen.channelTeam()).extracting(p -> p.displayName()).contains("Casey Channel");
		assertThat(seen.people().content()).filteredOn(p -> p.id().equals(rep)).singleElement()
				.satisfies(p -> assertThat(p.phone()).isEqualTo("+1 902 555 0199"))
				.satisfies(p -> assertThat(p.preferredChannel()).isEqualTo(ContactChannel.PHONE));
		assertThat(seen.changes().content()).extracting(TeamChangeView::change).containsExactlyInAnyOrder(
				"Casey Channel is your account manager now.", "Rep " + partner.rep().split("\\.")[0] + " changed how to reach them: phone preferred.",
				"Rep " + partner.rep().split("\\.")[0] + " works in technical now.", "Nia New was invited as Partner rep.");

		WebSession web = WebSession.loggedIn(mvc, partner.rep());
		assertThat(web.perform(get("/team")).getResponse().getRedirectedUrl()).isEqualTo("/partners/" + partner.id() + "/team");
		String page = web.perform(get("/partners/" + partner.id() + "/team")).getResponse().getContentAsString();
		assertThat(page).contains("Account manager", "Casey Channel", "+1 902 555 0199", "Phone", "Technical", "Nia New",
				"Partner support", "Casey Channel is your account manager now.");

		FreshPartner other = accounts.freshPartner();
		assertThat(WebSession.loggedIn(mvc, other.rep()).perform(get("/partners/" + partner.id() + "/team")).getResponse()
				.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/partners/" + partner.id() + "/team").header("Authorization",
				"Bearer " + accounts.apiToken(other.admin()))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/partners/" + partner.id() + "/team").header("Authorization",
				"Bearer " + accounts.apiToken(partner.admin()))).andReturn().getResponse().getContentAsString())
				.contains("\"preferredChannel\":\"PHONE\"", "Nia New was invited as Partner rep.");
		assertThat(WebSession.loggedIn(mvc, "channel").perform(get("/partners/" + partner.id() + "/team")).getResponse()
				.getContentAsString()).contains("Nia New");
		assertThat(accounts.as(other.rep(), () -> team.of(other.id(), 0, 0)).changes().content()).isEmpty();
	}
}
