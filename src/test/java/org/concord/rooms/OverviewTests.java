package org.concord.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.notifications.Inbox;
import org.concord.notifications.Notice;
import org.concord.partners.PartnerTier;
import org.concord.registrations.RegistrationFixtures;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Overview: seed 002's counts; what is new since the last visit, read and unread per person; the vendor's
 * announcements, targeted by type, tier and brand, scheduled, pinned first, expiring and withdrawn.
 */
@ConcordIntegrationTest
class OverviewTests {

	@Autowired
	Inbox inbox;

	@Autowired
	Announcements announcements;

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void theCountsSeed002NamesShowOnTheOverview() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		registrations.approved(partner.rep(), RegistrationFixtures.Prospect.fresh());
		registrations.approved(partner.rep(), RegistrationFixtures.Prospect.fresh());
		registrations.register(partner.rep(), RegistrationFixtures.Prospect.fresh(), "cube");
		String page = WebSession.loggedIn(mvc, partner.rep()).perform(get("/")).getResponse().getContentAsString();
		assertThat(page).containsPattern("id=\"submitted-count\"[^>]*>3<").containsPattern("id=\"deals-count\"[^>]*>2<")
				.contains("CAD 2,500.00 MRR").contains("commission-tiles");
	}

	@Test
	void eachPersonReadsTheirOwnNoticesAndTheOverviewTellsWhatIsNew() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		UserId rep = new UserId(accounts.idOf(partner.rep()));
		inbox.post(rep, "Your deal moved to Proposal", "/deals");
		((MutableClock) clock).advance(Duration.ofSeconds(1));
		inbox.post(rep, "A lead waits for you", "https://evil.example/phish");
		inbox.post(new UserId(accounts.idOf(partner.admin())), "Only for the admin", "/");

		WebSession web = WebSession.loggedIn(mvc, partner.rep());
		String overview = web.perform(get("/")).getResponse().getContentAsString();
		assertThat(overview).contains("Since your last visit: 2 new").contains("Your deal moved to Proposal")
				.doesNotContain("Only for the admin").containsPattern("id=\"unread-count\"[^>]*>2<");

		var mine = accounts.as(partner.rep(), () -> inbox.mine(true, 0, 10)).content();
		assertThat(mine).extracting(Notice::text).containsExactly("A lead waits for you", "Your deal moved to Proposal");
		UUID phish = mine.get(0).id();
		UUID deal = mine.get(1).id();
		assertThat(web.perform(get("/notices/" + phish)).getResponse().getRedirectedUrl()).as("never off the portal").isEqualTo("/");
		assertThat(web.perform(get("/notices/" + deal)).getResponse().getRedirectedUrl()).isEqualTo("/deals");
		assertThat(accounts.as(partner.rep(), inbox::unreadCount)).isZero();
		assertThat(web.perform(get("/")).getResponse().getContentAsString()).contains("Since your last visit<")
				.doesNotContain("unread-count");

		WebSession admin = WebSession.loggedIn(mvc, partner.admin());
		assertThat(admin.perform(get("/notices/" + deal)).getResponse().getStatus()).as("another's notice").isEqualTo(404);
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> inbox.markRead(deal))).isInstanceOf(NotFoundException.class);
		String row = admin.perform(post("/notices/" + accounts.as(partner.admin(), () -> inbox.mine(true, 0, 1)).content().get(0).id()
				+ "/read").with(csrf()).header("HX-Request", "true")).getResponse().getContentAsString();
		assertThat(row).contains("Only for the admin").doesNotContain("unread").doesNotContain("Mark read");

		inbox.post(rep, "Third", "/");
		inbox.post(rep, "Fourth", "/");
		String token = accounts.apiToken(partner.rep());
		assertThat(mvc.perform(get("/api/v1/me/notices?unread=true").header("Authorization", "Bearer " + token)).andReturn()
				.getResponse().getContentAsString()).contains("\"totalElements\":2").contains("\"read\":false");
		assertThat(mvc.perform(post("/api/v1/me/notices/read").header("Authorization", "Bearer " + token)).andReturn()
				.getResponse().getContentAsString()).isEqualTo("{\"marked\":2}");
		assertThat(web.perform(get("/notices?unread=true")).getResponse().getContentAsString()).contains("Nothing unread.");
	}

	@Test
	void announcementsReachThePartnersTheyAreForFromTheirStartUntilTheirEndPinnedFirst() throws Exception {
		FreshPartner silver = accounts.freshPartner();
		FreshPartner gold = accounts.freshPartner("RESELLER", PartnerTier.GOLD, "NS");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		AnnouncementView everyone = accounts.as("channel", () -> announcements.post(new AnnouncementDraft("Price change " + tag,
				"New **price list** from [January](https://example.org/prices)\n\n<script>alert(1)</script>", false, null, null,
				null, null, null)));
		AnnouncementView goldOnly = accounts.as("channel", () -> announcements.post(new AnnouncementDraft("Gold summit " + tag,
				"Join us", true, null, clock.instant().plus(Duration.ofDays(2)), null, Set.of(PartnerTier.GOLD), null)));
		AnnouncementView cubeOnly = accounts.as("channel", () -> announcements.post(new AnnouncementDraft("Cube news " + tag,
				"For CubeDMS partners", false, null, null, null, null, Set.of("cube"))));
		AnnouncementView later = accounts.as("channel", () -> announcements.post(new AnnouncementDraft("Next week " + tag,
				"Soon", false, clock.instant().plus(Duration.ofDays(1)), null, null, null, null)));
		assertThat(later.status()).isEqualTo("SCHEDULED");
		assertThat(everyone.bodyHtml()).contains("<strong>price list</strong>").doesNotContain("<script");

		WebSession goldWeb = WebSession.loggedIn(mvc, gold.rep());
		assertThat(goldWeb.perform(get("/")).getResponse().getContentAsString()).as("pinned, it leads the Overview")
				.contains("Gold summit " + tag).doesNotContain("<script>alert");
		assertThat(titles(gold.rep(), "lighthouse")).contains("Gold summit " + tag, "Price change " + tag)
				.doesNotContain("Cube news " + tag, "Next week " + tag);
		assertThat(titles(gold.rep(), "lighthouse").indexOf("Gold summit " + tag)).as("pinned first")
				.isLessThan(titles(gold.rep(), "lighthouse").indexOf("Price change " + tag));
		assertThat(titles(silver.rep(), "lighthouse")).contains("Price change " + tag).doesNotContain("Gold summit " + tag);
		assertThat(titles(silver.rep(), "cube")).contains("Cube news " + tag);
		assertThat(WebSession.loggedIn(mvc, silver.rep()).perform(get("/announcements/" + goldOnly.id())).getResponse().getStatus())
				.isEqualTo(404);
		WebSession cubeWeb = new WebSession(mvc, "cube.localhost", "127.0.0.1");
		cubeWeb.login(silver.rep(), TestAccounts.PASSWORD);
		assertThat(cubeWeb.perform(get("/announcements/" + cubeOnly.id())).getResponse().getStatus()).isEqualTo(200);
		assertThat(WebSession.loggedIn(mvc, silver.rep()).perform(get("/announcements/" + cubeOnly.id())).getResponse()
				.getStatus()).as("on another brand's portal").isEqualTo(404);

		((MutableClock) clock).advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(titles(gold.rep(), "lighthouse")).contains("Next week " + tag);
		((MutableClock) clock).advance(Duration.ofDays(1));
		assertThat(titles(gold.rep(), "lighthouse")).doesNotContain("Gold summit " + tag);
		assertThat(accounts.as("channel", () -> announcements.get(goldOnly.id(), null)).status()).isEqualTo("EXPIRED");

		WebSession channel = WebSession.loggedIn(mvc, "channel");
		var withdrawn = channel.perform(post("/announcements/" + everyone.id() + "/withdrawal").with(csrf()));
		assertThat(withdrawn.getFlashMap().get("notice")).isEqualTo("Withdrawn: partners no longer see it.");
		assertThat(titles(gold.rep(), "lighthouse")).doesNotContain("Price change " + tag);
		assertThat(accounts.as("channel", () -> announcements.get(everyone.id(), null)).status()).isEqualTo("WITHDRAWN");
		assertThat(channel.perform(get("/announcements/" + everyone.id())).getResponse().getContentAsString())
				.contains("Price change " + tag).contains("WITHDRAWN");
	}

	@Test
	void theChannelTeamWritesAnnouncementsAndEachRefusalNamesItsField() throws Exception {
		assertField(new AnnouncementDraft(" ", "x", false, null, null, null, null, null), "title");
		assertField(new AnnouncementDraft("T", "", false, null, null, null, null, null), "body");
		assertField(new AnnouncementDraft("T", "x", false, clock.instant(), clock.instant(), null, null, null), "expiresAt");
		assertField(new AnnouncementDraft("T", "x", false, null, null, Set.of("NOPE"), null, null), "types");
		assertField(new AnnouncementDraft("T", "x", false, null, null, null, null, Set.of("nobrand")), "brands");
		FreshPartner partner = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> announcements.post(new AnnouncementDraft("T", "x", false,
				null, null, null, null, null)))).isInstanceOf(AccessDeniedException.class);

		WebSession channel = WebSession.loggedIn(mvc, "channel");
		String refused = channel.perform(post("/announcements/new").with(csrf()).param("title", "Webinar")
				.param("body", "Tuesday").param("publishAt", "tuesday")).getResponse().getContentAsString();
		assertThat(refused).contains("Enter a day and time such as").contains("value=\"Webinar\"").contains(">Tuesday</textarea>");
		var posted = channel.perform(post("/announcements/new").with(csrf()).param("title", "Webinar").param("body", "Tuesday")
				.param("publishAt", "2026-01-01T09:00").param("tiers", "GOLD", "PLATINUM").param("pinned", "true"));
		assertThat(posted.getFlashMap().get("notice")).isEqualTo("Posted: Webinar.");
		String id = posted.getResponse().getRedirectedUrl().substring("/announcements/".length());
		assertThat(accounts.as("channel", () -> announcements.get(UUID.fromString(id), null)))
				.satisfies(a -> assertThat(a.tiers()).containsExactlyInAnyOrder(PartnerTier.GOLD, PartnerTier.PLATINUM))
				.satisfies(a -> assertThat(a.publishAt()).isEqualTo(java.time.Instant.parse("2026-01-01T13:00:00Z")))
				.satisfies(a -> assertThat(a.pinned()).isTrue());
		assertThat(channel.perform(get("/announcements/" + id + "/edit")).getResponse().getContentAsString())
				.contains("value=\"2026-01-01T09:00\"");

		String token = accounts.apiToken("channel");
		var api = mvc.perform(post("/api/v1/announcements").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"API news\",\"body\":\"Hello\",\"types\":[\"OEM\"]}"))
				.andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(201);
		assertThat(api.getContentAsString()).contains("\"status\":\"LIVE\"").contains("\"types\":[\"OEM\"]");
		var bad = mvc.perform(post("/api/v1/announcements").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\",\"body\":\"Hello\"}")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("title");
	}

	/** The titles of the announcements a partner person sees on a brand's portal, in their order. */
	private java.util.List<String> titles(String username, String brand) {
		return accounts.as(username, () -> announcements.list(brand, 0, 100)).content().stream().map(AnnouncementView::title)
				.toList();
	}

	private void assertField(AnnouncementDraft draft, String field) {
		assertThatThrownBy(() -> accounts.as("channel", () -> announcements.post(draft)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo(field));
	}
}
