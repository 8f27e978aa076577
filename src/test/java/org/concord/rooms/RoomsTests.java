package org.concord.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.identity.TestAccounts;
import org.concord.partners.PartnerTier;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.registrations.RegistrationFixtures;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The room model: the navigation is built from it, in the vendor's order and under each brand's names; a room a
 * partner's type or tier does not see is missing from its menu, its Overview and profile, and every one of its pages
 * and API routes answers 404; the Overview cannot be hidden; each refusal names its field.
 */
@ConcordIntegrationTest
class RoomsTests {

	@Autowired
	Rooms rooms;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	RoomFixtures fixtures;

	/** Every test leaves the rooms as the migration set them, for the tests after it. */
	@AfterEach
	void restoreTheRooms() {
		fixtures.restoreDefaults();
	}

	@Test
	void theNavigationFollowsTheVendorsOrderAndEachBrandsNames() {
		FreshPartner partner = accounts.freshPartner();
		assertThat(rooms.navigation(partner.id(), "lighthouse")).extracting(NavRoom::name)
				.containsExactly("Overview", "Prospects", "Deals", "Commissions", "Performance", "Training", "Contacts", "Messages", "Resources", "Brand Guidelines");

		accounts.as("admin", () -> rooms.change("LEADS", new RoomSettings("Leads", 4, Map.of("cube", "Referrals"), Set.of(), Set.of())));
		assertThat(rooms.navigation(partner.id(), "lighthouse")).extracting(NavRoom::name)
				.containsExactly("Overview", "Deals", "Commissions", "Leads", "Performance", "Training", "Contacts", "Messages", "Resources", "Brand Guidelines");
		assertThat(rooms.navigation(partner.id(), "cube")).extracting(NavRoom::name).contains("Referrals").doesNotContain("Leads");
		assertThat(rooms.navigation(partner.id(), "cube")).filteredOn(room -> room.key().equals("LEADS"))
				.extracting(NavRoom::path).containsExactly("/leads");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ROOM_CHANGED' and subject = 'LEADS'",
				Long.class)).isPositive();
	}

	@Test
	void aRoomATypeDoesNotSeeIsGoneFromItsMenuOverviewAndProfileAndItsPagesAndApiAnswer404() throws Exception {
		FreshPartner reseller = accounts.freshPartner("RESELLER", PartnerTier.SILVER, "NS");
		FreshPartner sales = accounts.freshPartner();
		accounts.as("admin", () -> rooms.change("COMMISSIONS", new RoomSettings("Commissions", 4, Map.of(),
				Set.of("SALES_PARTNER", "SYSTEM_INTEGRATOR"), Set.of())));

		WebSession hidden = WebSession.loggedIn(mvc, reseller.admin());
		String overview = hidden.perform(get("/")).getResponse().getContentAsString();
		assertThat(overview).contains("id=\"room-leads\"").doesNotContain("id=\"room-commissions\"")
				.doesNotContain("commission-tiles");
		assertThat(hidden.perform(get("/commissions")).getResponse().getStatus()).isEqualTo(404);
		assertThat(hidden.perform(get("/commissions/report")).getResponse().getStatus()).isEqualTo(404);
		assertThat(api(reseller.admin(), "/api/v1/partners/" + reseller.id() + "/commission-summary")).isEqualTo(404);
		assertThat(hidden.perform(get("/partners/" + reseller.id())).getResponse().getContentAsString())
				.contains("section-people").doesNotContain("section-commissions");
		assertThat(api(reseller.admin(), "/api/v1/me/rooms")).isEqualTo(200);

		WebSession open = WebSession.loggedIn(mvc, sales.admin());
		assertThat(open.perform(get("/")).getResponse().getContentAsString()).contains("id=\"room-commissions\"")
				.contains("commission-tiles");
		assertThat(open.perform(get("/commissions")).getResponse().getStatus()).isEqualTo(200);
		assertThat(api(sales.admin(), "/api/v1/partners/" + sales.id() + "/commission-summary")).isEqualTo(200);
		assertThat(open.perform(get("/partners/" + sales.id())).getResponse().getContentAsString()).contains("section-commissions");

		WebSession vendor = WebSession.loggedIn(mvc, "channel");
		assertThat(vendor.perform(get("/partners/" + reseller.id())).getResponse().getContentAsString()).contains("section-commissions");
	}

	@Test
	void aRoomForHigherTiersOnlyAnd_aDealSeenFromEitherOfItsTwoRooms() throws Exception {
		FreshPartner silver = accounts.freshPartner();
		FreshPartner gold = accounts.freshPartner("SALES_PARTNER", PartnerTier.GOLD, "NS");
		accounts.as("admin", () -> rooms.change("PERFORMANCE", new RoomSettings("Performance", 5, Map.of(), Set.of(),
				Set.of(PartnerTier.GOLD, PartnerTier.PLATINUM))));
		assertThat(WebSession.loggedIn(mvc, silver.rep()).perform(get("/partners/" + silver.id() + "/tier")).getResponse()
				.getStatus()).isEqualTo(404);
		assertThat(WebSession.loggedIn(mvc, silver.rep()).perform(get("/")).getResponse().getContentAsString())
				.doesNotContain("tier-link");
		assertThat(WebSession.loggedIn(mvc, gold.rep()).perform(get("/partners/" + gold.id() + "/tier")).getResponse()
				.getStatus()).isEqualTo(200);

		UUID deal = registrations.approved(silver.rep(), Prospect.fresh()).id().value();
		accounts.as("admin", () -> rooms.change("LEADS", new RoomSettings("Prospects", 2, Map.of(), Set.of(), Set.of(PartnerTier.PLATINUM))));
		WebSession rep = WebSession.loggedIn(mvc, silver.rep());
		assertThat(rep.perform(get("/registrations/" + deal)).getResponse().getStatus()).isEqualTo(200);
		assertThat(rep.perform(get("/leads")).getResponse().getStatus()).isEqualTo(404);
		assertThat(rep.perform(get("/deals")).getResponse().getStatus()).isEqualTo(200);
		accounts.as("admin", () -> rooms.change("DEALS", new RoomSettings("Deals", 3, Map.of(), Set.of(), Set.of(PartnerTier.PLATINUM))));
		assertThat(rep.perform(get("/registrations/" + deal)).getResponse().getStatus()).isEqualTo(404);
		assertThat(api(silver.rep(), "/api/v1/registrations/" + deal)).isEqualTo(404);
	}

	/** Every page and API route in a room, whatever module it is in, answers 404 to a partner whose company sees no room. */
	@Test
	void everyRouteOfEveryRoomAnswers404WhenItsRoomsAreClosed() throws Exception {
		FreshPartner partner = accounts.freshPartner("SALES_PARTNER", PartnerTier.BRONZE, "NS");
		WebSession web = WebSession.loggedIn(mvc, partner.admin());
		String token = accounts.apiToken(partner.admin());
		List<String> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (rooms(method) != null && info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("GET"))) {
				info.getPathPatternsCondition().getPatternValues().forEach(routes::add);
			}
		});
		assertThat(routes).contains("/leads", "/deals", "/commissions", "/tier", "/scorecard", "/training", "/lead-routing",
				"/contacts", "/api/v1/deals", "/api/v1/courses", "/api/v1/scorecards");
		List<String> open = new ArrayList<>();
		for (String route : routes) {
			if (status(web, token, route) != 404) {
				open.add(route);
			}
		}
		for (PortalRoom room : EnumSet.complementOf(EnumSet.of(PortalRoom.OVERVIEW))) {
			int position = room.ordinal() + 1;
			accounts.as("admin", () -> rooms.change(room.name(), new RoomSettings(room.defaultName(), position, Map.of(), Set.of(),
					Set.of(PartnerTier.PLATINUM))));
		}
		assertThat(open).as("list routes a partner reaches while its rooms are open").contains("/leads", "/deals",
				"/commissions", "/tier", "/scorecard", "/training", "/api/v1/deals", "/api/v1/courses");
		for (String route : routes) {
			assertThat(status(web, token, route)).as(route).isEqualTo(404);
		}
		assertThat(rooms.navigation(partner.id(), "lighthouse")).extracting(NavRoom::key).containsExactly("OVERVIEW");
		assertThat(web.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void eachRefusalNamesItsFieldAndOnlyTheVendorAdminSetsRooms() throws Exception {
		assertField(() -> rooms.change("DEALS", new RoomSettings(" ", 3, Map.of(), Set.of(), Set.of())), "name");
		assertField(() -> rooms.change("DEALS", new RoomSettings("x".repeat(41), 3, Map.of(), Set.of(), Set.of())), "name");
		assertField(() -> rooms.change("DEALS", new RoomSettings("Deals", 0, Map.of(), Set.of(), Set.of())), "position");
		assertField(() -> rooms.change("DEALS", new RoomSettings("Deals", 3, Map.of(), Set.of("NO_SUCH_TYPE"), Set.of())), "types");
		assertField(() -> rooms.change("DEALS", new RoomSettings("Deals", 3, Map.of("nobrand", "X"), Set.of(), Set.of())), "brandNames");
		assertField(() -> rooms.change("OVERVIEW", new RoomSettings("Home", 1, Map.of(), Set.of(), Set.of(PartnerTier.GOLD))), "types");
		assertThatThrownBy(() -> accounts.as("admin", () -> rooms.change("NO_SUCH_ROOM", new RoomSettings("X", 1, null, null, null))))
				.isInstanceOf(NotFoundException.class);
		FreshPartner partner = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> rooms.change("DEALS",
				new RoomSettings("Deals", 3, Map.of(), Set.of(), Set.of())))).isInstanceOf(AccessDeniedException.class);
		assertThat(rooms.all()).filteredOn(room -> room.key().equals("DEALS")).extracting(RoomView::name).containsExactly("Deals");

		var refused = mvc.perform(put("/api/v1/rooms/DEALS").header("Authorization", "Bearer " + accounts.apiToken("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Deals\",\"position\":3,\"tiers\":[\"GOLD\"],\"types\":[\"NOPE\"]}"))
				.andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("types");
		var saved = mvc.perform(put("/api/v1/rooms/DEALS").header("Authorization", "Bearer " + accounts.apiToken("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Pipeline\",\"position\":3,\"brandNames\":{\"quartz\":\"Opportunities\"}}"))
				.andReturn().getResponse();
		assertThat(saved.getContentAsString()).contains("\"name\":\"Pipeline\"").contains("\"quartz\":\"Opportunities\"");

		WebSession admin = WebSession.loggedIn(mvc, "admin");
		var form = admin.perform(post("/admin/rooms/TRAINING").with(csrf()).param("name", "Academy").param("position", "2")
				.param("brandName.cube", "Cube Academy").param("tiers", "GOLD", "PLATINUM"));
		assertThat(form.getFlashMap().get("notice")).isEqualTo("Saved the room Academy.");
		assertThat(rooms.all()).filteredOn(room -> room.key().equals("TRAINING")).singleElement()
				.satisfies(room -> assertThat(room.tiers()).containsExactlyInAnyOrder(PartnerTier.GOLD, PartnerTier.PLATINUM))
				.satisfies(room -> assertThat(room.nameOn("cube")).isEqualTo("Cube Academy"));
		var typo = admin.perform(post("/admin/rooms/TRAINING").with(csrf()).param("name", "Academy").param("position", "two"));
		assertThat(typo.getFlashMap().get("problem").toString()).contains("Enter a whole number.");
		String page = admin.perform(get("/admin/rooms")).getResponse().getContentAsString();
		assertThat(page).contains("Who sees what").contains("Academy").contains("Cube Academy");
	}

	private void assertField(Runnable change, String field) {
		assertThatThrownBy(() -> accounts.as("admin", change)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}

	private int status(WebSession web, String token, String route) throws Exception {
		String path = route.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		return route.startsWith("/api/") ? mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn()
				.getResponse().getStatus() : web.perform(get(path)).getResponse().getStatus();
	}

	private int api(String username, String path) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + accounts.apiToken(username))).andReturn().getResponse()
				.getStatus();
	}

	private static InRoom rooms(HandlerMethod method) {
		InRoom room = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), InRoom.class);
		return room != null ? room : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), InRoom.class);
	}
}
