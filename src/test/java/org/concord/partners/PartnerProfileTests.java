package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Comparator;
import java.util.List;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One page per partner: its people, registrations and deals, leads and commissions, from the modules that know
 * them, and one activity timeline; the partner's own people see their own, nobody else's.
 */
@ConcordIntegrationTest
class PartnerProfileTests {

	@Autowired
	PartnerProfile profile;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.concord.MutableClock clock;

	@Test
	void aPartnersProfileGathersItsPeopleRegistrationsLeadsAndCommissionsAndATimelineNewestFirst() {
		var partner = accounts.freshPartner();
		var first = registrations.register(partner.rep(), RegistrationFixtures.Prospect.fresh(), "cube");
		clock.advance(java.time.Duration.ofMinutes(5));
		var second = registrations.register(partner.rep(), RegistrationFixtures.Prospect.fresh(), "cube");

		PartnerProfile.View view = accounts.as("channel", () -> profile.of(partner.id()));

		assertThat(view.sections()).extracting(ProfileSection::key).containsExactly("people", "registrations", "leads", "commissions", "tier", "badges", "training", "scorecard", "engagement");
		ProfileSection people = section(view, "people");
		assertThat(people.facts()).containsExactly(new ProfileSection.Fact("People", "2"));
		assertThat(people.items()).extracting(ProfileSection.Item::link).allMatch(link -> link.startsWith("/people/"));
		ProfileSection registered = section(view, "registrations");
		long submitted = registered.facts().stream().filter(f -> f.label().equals("Submitted")).mapToLong(f -> Long.parseLong(f.value())).sum();
		long auto = registered.facts().stream().filter(f -> f.label().equals("Approved")).mapToLong(f -> Long.parseLong(f.value())).sum();
		assertThat(submitted + auto).as("both, whichever way the program decides them").isEqualTo(2);
		assertThat(registered.items()).extracting(ProfileSection.Item::link)
				.containsExactly("/registrations/" + second.id(), "/registrations/" + first.id());
		assertThat(view.timeline()).isSortedAccordingTo(Comparator.comparing(ProfileSection.Activity::at).reversed());
		assertThat(view.timeline()).extracting(ProfileSection.Activity::text)
				.contains("Tier Silver: Joined the program").anyMatch(text -> text.startsWith("Registered "));

		PartnerProfile.View own = accounts.as(partner.rep(), () -> profile.of(partner.id()));
		assertThat(section(own, "registrations").items()).hasSize(2);
		var other = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(other.admin(), () -> profile.of(partner.id()))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void thePageShowsTheSectionsAndTheApiAnswersAnotherPartnerWith404() throws Exception {
		PartnerId northwind = accounts.partnerOf("northwind.rep");
		String page = WebSession.loggedIn(mvc, "northwind.rep").perform(get("/partners/" + northwind)).getResponse().getContentAsString();
		assertThat(page).contains("id=\"section-people\"", "id=\"section-registrations\"", "id=\"section-leads\"",
				"id=\"section-commissions\"", "id=\"timeline\"");
		String token = accounts.apiToken("harbour.admin");
		MvcResult hidden = mvc.perform(get("/api/v1/partners/" + northwind + "/overview").header("Authorization", "Bearer " + token)).andReturn();
		assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
		MvcResult seen = mvc.perform(get("/api/v1/partners/" + northwind + "/overview")
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))).andReturn();
		assertThat(seen.getResponse().getContentAsString()).contains("\"key\":\"registrations\"", "\"timeline\"");
	}

	private static ProfileSection section(PartnerProfile.View view, String key) {
		List<ProfileSection> found = view.sections().stream().filter(s -> s.key().equals(key)).toList();
		assertThat(found).hasSize(1);
		return found.getFirst();
	}
}
