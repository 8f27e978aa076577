package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.concord.ConcordIntegrationTest;
import org.concord.Inboxes;
import org.concord.WebSession;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.Engagement;
import org.concord.scoring.BadgeAwardView;
import org.concord.scoring.Badges;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.EngagementKind;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The channel team records who attended an event: each partner person on the list gets one event entry (never two
 * for the same event and day), which counts toward engagement and awards the "At the event" badge; unknown addresses
 * and vendor staff are named back, not recorded; partners may not record; a day to come or a blank name is refused
 * naming its field.
 */
@ConcordIntegrationTest
class EventAttendanceTests {

	@Autowired
	EventAttendance attendance;

	@Autowired
	Engagement engagement;

	@Autowired
	Badges badges;

	@Autowired
	TestAccounts accounts;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void aSignInListRecordsEachPartnerPersonOnceAndNamesTheAddressesItCouldNotPlace() {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		LocalDate yesterday = today().minusDays(1);
		String list = TestAccounts.emailOf(partner.rep()) + ",\n " + TestAccounts.emailOf(other.admin()).toUpperCase()
				+ "; nobody@example.org\n" + "channel@rpm.example" + "\n" + TestAccounts.emailOf(partner.rep());

		AttendanceResult first = accounts.as("channel",
				() -> attendance.record(new AttendanceSheet("  Partner Summit  ", yesterday, List.of(list))));
		assertThat(first.subject()).startsWith("Partner Summit (");
		assertThat(first.recorded()).containsExactly(TestAccounts.emailOf(partner.rep()), TestAccounts.emailOf(other.admin()));
		assertThat(first.unknown()).containsExactly("nobody@example.org", "channel@rpm.example");
		assertThat(first.alreadyRecorded()).isEmpty();
		UserId rep = new UserId(accounts.idOf(partner.rep()));
		assertThat(engagement.has(rep, EngagementKind.EVENT, first.subject())).isTrue();

		AttendanceResult again = accounts.as("admin",
				() -> attendance.record(new AttendanceSheet("Partner Summit", yesterday, List.of(TestAccounts.emailOf(partner.rep())))));
		assertThat(again.recorded()).isEmpty();
		assertThat(again.alreadyRecorded()).containsExactly(TestAccounts.emailOf(partner.rep()));
		assertThat(accounts.as("admin", () -> engagement.of(rep, 0, 20)).counts().get(EngagementKind.EVENT)).isEqualTo(1L);

		Inboxes.await(() -> accounts.as("admin", () -> badges.of(partner.id())).stream().map(BadgeAwardView::badgeName)
				.anyMatch("At the event"::equals));
	}

	@Test
	void aDayToComeABlankNameOrAnEmptyListIsRefusedNamingItsFieldAndPartnersMayNotRecord() {
		FreshPartner partner = accounts.freshPartner();
		List<String> rep = List.of(TestAccounts.emailOf(partner.rep()));
		assertThatThrownBy(() -> accounts.as("channel", () -> attendance.record(new AttendanceSheet("Summit", today().plusDays(1), rep))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("attendedOn"));
		assertThatThrownBy(() -> accounts.as("channel", () -> attendance.record(new AttendanceSheet(" ", today(), rep))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("event"));
		assertThatThrownBy(() -> accounts.as("channel", () -> attendance.record(new AttendanceSheet("Summit", today(), List.of(" ,")))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("emails"));
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> attendance.record(new AttendanceSheet("Summit", today(), rep))))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.as(accounts.freshVendorUser(Role.VENDOR_SALES_REP),
				() -> attendance.record(new AttendanceSheet("Summit", today(), rep)))).isInstanceOf(AccessDeniedException.class);
		assertThat(engagement.countsOf(EngagementKind.EVENT, partner.id())).isEmpty();
	}

	@Test
	void theChannelTeamRecordsFromThePageThePersonsPageAndTheApi() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		UserId admin = new UserId(accounts.idOf(partner.admin()));
		WebSession channel = WebSession.loggedIn(mvc, "channel");

		var typo = channel.perform(post("/event-attendance").with(csrf()).param("event", "Webinar: pricing 2027")
				.param("attendedOn", "yesterday").param("emails", TestAccounts.emailOf(partner.rep())));
		assertThat(typo.getResponse().getContentAsString()).contains("Enter the day of the event as YYYY-MM-DD.")
				.contains("Webinar: pricing 2027");

		var sheet = channel.perform(post("/event-attendance").with(csrf()).param("event", "Webinar: pricing 2027")
				.param("attendedOn", today().toString()).param("emails", TestAccounts.emailOf(partner.rep()) + "\nghost@example.org"));
		assertThat(sheet.getFlashMap().get("notice").toString()).startsWith("Recorded 1 person at Webinar: pricing 2027")
				.endsWith("1 address(es) matched no partner person.");
		assertThat(channel.perform(get("/event-attendance")).getResponse().getContentAsString()).contains("Record attendance");

		var one = channel.perform(post("/people/" + admin + "/event-attendance").with(csrf()).param("event", "Trade show Toronto")
				.param("attendedOn", today().minusDays(3).toString()));
		assertThat(one.getFlashMap().get("notice").toString()).startsWith("Recorded: attended Trade show Toronto (");
		assertThat(channel.perform(get("/people/" + admin)).getResponse().getContentAsString())
				.contains("Attended an event: Trade show Toronto (");

		String api = mvc.perform(post("/api/v1/event-attendance").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.content("{\"event\":\"Trade show Toronto\",\"attendedOn\":\"" + today().minusDays(3) + "\",\"emails\":[\""
						+ TestAccounts.emailOf(partner.admin()) + "\",\"" + TestAccounts.emailOf(partner.rep()) + "\"]}"))
				.andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"recorded\":[\"" + TestAccounts.emailOf(partner.rep()) + "\"]")
				.contains("\"alreadyRecorded\":[\"" + TestAccounts.emailOf(partner.admin()) + "\"]");
		var refused = mvc.perform(post("/api/v1/event-attendance").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.content("{\"event\":\"Later\",\"attendedOn\":\"" + today().plusDays(7) + "\",\"emails\":[\"a@b.org\"]}")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString()).contains("attendedOn");
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}
}
