package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The certifications a partner holds and their expiry: recorded by the channel team, seen by the partner. */
@ConcordIntegrationTest
class CompanyCertificationsTests {

	@Autowired
	CompanyCertifications certifications;

	@Autowired
	Onboarding onboarding;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theChannelTeamRecordsCertificationsWithTheirExpiryAndThePartnerSeesWhichExpire() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		LocalDate today = onboarding.today();
		accounts.as("channel", () -> certifications.hold(partner.id(), "ISO 9001", today.plusDays(20)));
		accounts.as("channel", () -> certifications.hold(partner.id(), "ISO 45001", today.minusDays(1)));
		accounts.as("channel", () -> certifications.hold(partner.id(), "iso 9001", today.plusYears(3)));
		var held = accounts.as(partner.rep(), () -> certifications.of(partner.id()));
		assertThat(held).extracting(CertificationView::name).as("one record per certification, whatever its case")
				.containsExactly("ISO 45001", "iso 9001");
		assertThat(held.getFirst().expired(today)).isTrue();
		assertThat(held.getLast().expiringSoon(today)).isFalse();
		assertThat(new CertificationView("x", today.plusDays(30)).expiringSoon(today)).isTrue();
		assertThat(new CertificationView("x", today.plusDays(31)).expiringSoon(today)).isFalse();
		assertThat(new CertificationView("x", null).expired(today)).isFalse();

		assertThatThrownBy(() -> accounts.as("channel", () -> certifications.hold(partner.id(), " ", null)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> certifications.hold(partner.id(), "Mine", null)))
				.isInstanceOf(AccessDeniedException.class);
		FreshPartner other = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(other.rep(), () -> certifications.of(partner.id())))
				.isInstanceOf(NotFoundException.class);
		accounts.as("channel", () -> certifications.drop(partner.id(), "ISO 45001"));
		assertThatThrownBy(() -> accounts.as("channel", () -> certifications.drop(partner.id(), "ISO 45001")))
				.isInstanceOf(NotFoundException.class);

		WebSession channel = WebSession.loggedIn(mvc, "channel");
		var refused = channel.perform(post("/partners/" + partner.id() + "/certifications").with(csrf()).param("name", ""));
		assertThat(refused.getFlashMap().get("problem")).asString().startsWith("name:");
		String page = WebSession.loggedIn(mvc, partner.rep()).perform(get("/partners/" + partner.id())).getResponse()
				.getContentAsString();
		assertThat(page).contains("iso 9001", today.plusYears(3).toString()).doesNotContain("add-certification");
	}
}
