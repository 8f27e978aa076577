package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.shared.InvalidInputException;
import org.concord.shared.UserId;
import org.concord.shared.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person's own settings: pages show moments in the time zone they chose, or else the vendor's (never UTC); a phone
 * number and a preferred channel; each refusal names its field and keeps what was saved.
 */
@ConcordIntegrationTest
class PersonalSettingsTests {

	private static final Instant NOON_UTC = Instant.parse("2026-07-01T12:00:00Z");

	@Autowired
	People people;

	@Autowired
	Dates dates;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void momentsShowInThePersonsTimeZoneOrElseTheVendors() {
		FreshPartner partner = accounts.freshPartner();
		assertThat(accounts.as(partner.rep(), () -> dates.format(NOON_UTC))).isEqualTo("1 Jul 2026, 09:00 ADT");
		assertThat(dates.format(NOON_UTC)).as("nobody logged in: the vendor's zone").isEqualTo("1 Jul 2026, 09:00 ADT");

		accounts.as(partner.rep(), () -> people.changeMySettings(new PersonalSettings("America/Vancouver", null, null)));
		assertThat(accounts.as(partner.rep(), () -> dates.format(NOON_UTC))).isEqualTo("1 Jul 2026, 05:00 PDT");
		assertThat(accounts.as(partner.rep(), () -> dates.day(Instant.parse("2026-07-01T05:00:00Z")))).isEqualTo("30 Jun 2026");
		assertThat(accounts.as(partner.admin(), () -> dates.format(NOON_UTC))).isEqualTo("1 Jul 2026, 09:00 ADT");
	}

	@Test
	void eachRefusalNamesItsFieldAndKeepsWhatWasSaved() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		accounts.as(partner.rep(), () -> people.changeMySettings(new PersonalSettings("Europe/Berlin", "+1 902 555 0142",
				ContactChannel.PHONE)));
		assertField(partner.rep(), new PersonalSettings("Mars/Olympus", null, null), "timeZone");
		assertField(partner.rep(), new PersonalSettings(null, "call me maybe", null), "phone");
		assertField(partner.rep(), new PersonalSettings(null, " ", ContactChannel.PHONE), "phone");
		assertThat(accounts.as(partner.rep(), () -> people.mySettings()))
				.isEqualTo(new PersonalSettings("Europe/Berlin", "+1 902 555 0142", ContactChannel.PHONE));
		assertThat(accounts.as(partner.admin(), () -> people.get(new UserId(accounts.idOf(partner.rep())))))
				.satisfies(person -> assertThat(person.phone()).isEqualTo("+1 902 555 0142"))
				.satisfies(person -> assertThat(person.preferredChannel()).isEqualTo(ContactChannel.PHONE));

		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		String page = rep.perform(get("/settings/profile")).getResponse().getContentAsString();
		assertThat(page).contains("<option value=\"Europe/Berlin\" selected=\"selected\">Europe/Berlin</option>")
				.contains("The program&#39;s (America/Halifax)");
		String refused = rep.perform(post("/settings/profile").with(csrf()).param("timeZone", "Europe/Berlin")
				.param("phone", "not a number")).getResponse().getContentAsString();
		assertThat(refused).contains("Enter a phone number").contains("value=\"not a number\"");
		var saved = rep.perform(post("/settings/profile").with(csrf()).param("timeZone", "").param("phone", "")
				.param("preferredChannel", "EMAIL"));
		assertThat(saved.getFlashMap().get("notice")).isEqualTo("Saved your settings.");
		assertThat(accounts.as(partner.rep(), () -> people.mySettings())).isEqualTo(new PersonalSettings(null, null, ContactChannel.EMAIL));

		String token = accounts.apiToken(partner.admin());
		String api = mvc.perform(put("/api/v1/me/settings").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\":\"Asia/Tokyo\",\"preferredChannel\":\"EMAIL\"}"))
				.andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"timeZone\":\"Asia/Tokyo\"");
		var bad = mvc.perform(put("/api/v1/me/settings").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\":\"Nowhere\"}")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("timeZone");
		assertThat(mvc.perform(get("/api/v1/me/settings").header("Authorization", "Bearer " + token)).andReturn().getResponse()
				.getContentAsString()).contains("Asia/Tokyo");
	}

	private void assertField(String username, PersonalSettings settings, String field) {
		assertThatThrownBy(() -> accounts.as(username, () -> people.changeMySettings(settings)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo(field));
	}
}
