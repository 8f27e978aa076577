package org.concord.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.Engagement;
import org.concord.partners.PartnerTier;
import org.concord.shared.EngagementKind;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Resources room: the library reaches the partners each item is for, is searched, keeps its versions while
 * partners get the current one, takes only files it recognises by their bytes, marks what is new since the last visit,
 * and records every download as the partner person's engagement.
 */
@ConcordIntegrationTest
class ResourcesTests {

	@Autowired
	Library library;

	@Autowired
	Engagement engagement;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void itemsReachThePartnersTheyAreForAreFoundByTheirWordsAndEachDownloadCounts() throws Exception {
		String tag = "t" + UUID.randomUUID().toString().substring(0, 6);
		ResourceView sheet = accounts.as("channel", () -> library.add(draft("Price list 2027 " + tag, "pricing, " + tag, null,
				Set.of()), pdf("prices")));
		ResourceView goldOnly = accounts.as("channel", () -> library.add(draft("Gold playbook " + tag, tag, "https://example.org/playbook",
				Set.of(PartnerTier.GOLD)), null));
		FreshPartner silver = accounts.freshPartner();
		FreshPartner gold = accounts.freshPartner("SALES_PARTNER", PartnerTier.GOLD, "NS");

		assertThat(titles(silver.rep(), tag)).containsExactly("Price list 2027 " + tag);
		assertThat(titles(gold.rep(), tag)).containsExactlyInAnyOrder("Price list 2027 " + tag, "Gold playbook " + tag);
		assertThat(accounts.as(silver.rep(), () -> library.list("lighthouse", false, null, "price " + tag, 0, 10)).content())
				.extracting(ResourceView::title).containsExactly("Price list 2027 " + tag);
		assertThat(accounts.as(silver.rep(), () -> library.list("lighthouse", false, ResourceCategory.TECHNICAL, tag, 0, 10)).content()).isEmpty();
		assertThatThrownBy(() -> accounts.as(silver.rep(), () -> library.get(goldOnly.id(), "lighthouse")))
				.isInstanceOf(NotFoundException.class);

		WebSession rep = WebSession.loggedIn(mvc, silver.rep());
		var download = rep.perform(get("/resources/" + sheet.id() + "/file")).getResponse();
		assertThat(download.getContentAsByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("prices.pdf");
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(rep.perform(get("/resources/" + goldOnly.id())).getResponse().getStatus()).isEqualTo(404);
		assertThat(accounts.as("channel", () -> library.downloadsOf(sheet.id()))).isEqualTo(1);
		UserId person = new UserId(accounts.idOf(silver.rep()));
		assertThat(accounts.as("admin", () -> engagement.of(person, 0, 10)).counts().get(EngagementKind.DOWNLOAD)).isEqualTo(1L);

		String api = mvc.perform(get("/api/v1/resources?q=" + tag).header("Authorization", "Bearer " + accounts.apiToken(gold.admin())))
				.andReturn().getResponse().getContentAsString();
		assertThat(api).contains("Gold playbook " + tag).contains("Price list 2027 " + tag);
	}

	@Test
	void theOverviewTellsWhatIsNewInResourcesSinceTheLastVisit() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		String tag = "o" + UUID.randomUUID().toString().substring(0, 6);
		accounts.as("channel", () -> library.add(draft("Case study " + tag, tag, "https://example.org/case", Set.of()), null));
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		assertThat(rep.perform(get("/")).getResponse().getContentAsString()).as("never visited: the latest")
				.contains("New in Resources").contains("Case study " + tag);
		rep.perform(get("/resources"));
		((MutableClock) clock).advance(Duration.ofSeconds(1));
		rep.perform(get("/resources"));
		assertThat(rep.perform(get("/")).getResponse().getContentAsString()).as("nothing changed since").doesNotContain("Case study " + tag);
		((MutableClock) clock).advance(Duration.ofSeconds(1));
		accounts.as("channel", () -> library.add(draft("Pricing webinar " + tag, tag, "https://example.org/webinar", Set.of()), null));
		assertThat(rep.perform(get("/")).getResponse().getContentAsString()).contains("Pricing webinar " + tag)
				.doesNotContain("Case study " + tag);
	}

	/** PostgreSQL's full-text search stems English words: "prices" finds a price list (H2 matches the words as typed). */
	@Test
	void onPostgresTheSearchFindsWordsByTheirStem() throws Exception {
		boolean postgres;
		try (var connection = dataSource.getConnection()) {
			postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		String tag = "s" + UUID.randomUUID().toString().substring(0, 6);
		accounts.as("channel", () -> library.add(draft("Price list " + tag, tag, "https://example.org/prices", Set.of()), null));
		FreshPartner partner = accounts.freshPartner();
		assertThat(titles(partner.rep(), "prices " + tag)).hasSize(postgres ? 1 : 0);
		assertThat(titles(partner.rep(), "price " + tag)).hasSize(1);
	}

	@Test
	void aNewVersionReplacesTheOnePartnersGetTheHistoryIsKeptAndWhatChangedIsNewSinceTheLastVisit() throws Exception {
		String tag = "v" + UUID.randomUUID().toString().substring(0, 6);
		ResourceView item = accounts.as("channel", () -> library.add(draft("Battle card " + tag, tag, null, Set.of()), pdf("card-v1")));
		FreshPartner partner = accounts.freshPartner();
		accounts.as(partner.rep(), library::visit);
		((MutableClock) clock).advance(Duration.ofSeconds(1));
		accounts.as(partner.rep(), library::visit);
		assertThat(accounts.as(partner.rep(), () -> library.get(item.id(), "lighthouse")).isNew()).isFalse();

		((MutableClock) clock).advance(Duration.ofSeconds(1));
		ResourceView revised = accounts.as("channel", () -> library.revise(item.id(), draft("Battle card " + tag, tag, null, Set.of()),
				pdf("card-v2")));
		assertThat(revised.currentVersion()).isEqualTo(2);
		assertThat(revised.fileName()).isEqualTo("card-v2.pdf");
		assertThat(accounts.as(partner.rep(), () -> library.get(item.id(), "lighthouse")).isNew()).as("changed since the last visit").isTrue();
		((MutableClock) clock).advance(Duration.ofSeconds(1));
		accounts.as(partner.rep(), library::visit);
		assertThat(accounts.as(partner.rep(), () -> library.get(item.id(), "lighthouse")).isNew()).as("still new on this visit's page")
				.isTrue();
		((MutableClock) clock).advance(Duration.ofSeconds(1));
		accounts.as(partner.rep(), library::visit);
		assertThat(accounts.as(partner.rep(), () -> library.get(item.id(), "lighthouse")).isNew()).as("seen on the visit before").isFalse();

		try (InputStream in = accounts.as(partner.rep(), () -> library.download(item.id(), "lighthouse")).content()) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).contains("card-v2");
		}
		assertThat(accounts.as("channel", () -> library.history(item.id()))).extracting(ResourceVersionView::number).containsExactly(2, 1);
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> library.history(item.id()))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyFilesItRecognisesByTheirBytesUpToTenMegabytesAndEachRefusalNamesItsField() throws Exception {
		assertField(() -> library.add(draft("Disguised", null, null, Set.of()),
				new Upload("brochure.pdf", stream("<html><script>alert(1)</script></html>"))), "file");
		byte[] big = new byte[(int) Library.MOST_BYTES + 1];
		Arrays.fill(big, (byte) 'a');
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
		assertField(() -> library.add(draft("Too big", null, null, Set.of()), new Upload("big.pdf", new ByteArrayInputStream(big))), "file");
		assertField(() -> library.add(draft("Nothing", null, null, Set.of()), null), "file");
		assertField(() -> library.add(draft("Script link", null, "javascript:alert(1)", Set.of()), null), "link");
		assertField(() -> library.add(draft(" ", null, "https://example.org", Set.of()), null), "title");
		assertField(() -> library.add(new ResourceDraft("No category", null, null, null, "https://example.org", null, null, null, null),
				null), "category");
		FreshPartner partner = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> library.add(draft("Mine", null, "https://example.org", Set.of()), null)))
				.isInstanceOf(AccessDeniedException.class);

		String token = accounts.apiToken("channel");
		var added = mvc.perform(multipart("/api/v1/resources").file(new MockMultipartFile("resource", "", MediaType.APPLICATION_JSON_VALUE,
				"{\"title\":\"API sheet\",\"category\":\"MARKETING\",\"tags\":\"api\"}".getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("file", "sheet.pdf", "application/pdf", "%PDF-1.4 sheet".getBytes(StandardCharsets.US_ASCII)))
				.header("Authorization", "Bearer " + token)).andReturn().getResponse();
		assertThat(added.getStatus()).isEqualTo(201);
		assertThat(added.getContentAsString()).contains("\"fileName\":\"sheet.pdf\"").contains("\"currentVersion\":1");
		var refused = mvc.perform(multipart("/api/v1/resources").file(new MockMultipartFile("resource", "", MediaType.APPLICATION_JSON_VALUE,
				"{\"title\":\"API page\",\"category\":\"MARKETING\"}".getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("file", "page.pdf", "application/pdf", "<html></html>".getBytes(StandardCharsets.US_ASCII)))
				.header("Authorization", "Bearer " + token)).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("\"field\":\"file\"");
	}

	private java.util.List<String> titles(String username, String words) {
		return accounts.as(username, () -> library.list("lighthouse", false, null, words, 0, 50)).content().stream().map(ResourceView::title).toList();
	}

	private void assertField(Runnable action, String field) {
		assertThatThrownBy(() -> accounts.as("channel", action)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}

	private static ResourceDraft draft(String title, String tags, String link, Set<PartnerTier> tiers) {
		return new ResourceDraft(title, "For partner sales calls", ResourceCategory.SALES_TOOLS, tags, link, null, null, tiers, null);
	}

	private static Upload pdf(String name) {
		return new Upload("C:\\Users\\me\\" + name + ".pdf", stream("%PDF-1.4\n" + name + "\n%%EOF"));
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
	}
}
