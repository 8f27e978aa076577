package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Partner types are the vendor's data, with what each decides; tiers are Bronze to Platinum; the channel team moves a
 * partner to another type or tier, saying why, and the partner's history keeps each change.
 */
@ConcordIntegrationTest
class PartnerTypesAndTiersTests {

	@Autowired
	PartnerTypes types;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theProgramStartsWithSevenTypesAndTheLeadAndAssistanceRulesTheSettingsHeld() {
		assertThat(types.list()).extracting(PartnerTypeView::name).startsWith("Sales Partner", "Application Partner",
				"Referral Partner", "Reseller", "System Integrator", "Distributor", "OEM");
		assertThat(types.list()).filteredOn(PartnerTypeView::takesVendorLeads).extracting(PartnerTypeView::code)
				.as("lead_settings.lead_types, moved onto the types by V43").contains("SALES_PARTNER", "APPLICATION_PARTNER")
				.doesNotContain("REFERRAL_PARTNER", "RESELLER", "SYSTEM_INTEGRATOR", "DISTRIBUTOR", "OEM");
		assertThat(types.list()).filteredOn(PartnerTypeView::mayRequestAssistance).extracting(PartnerTypeView::code)
				.contains("SALES_PARTNER", "APPLICATION_PARTNER").doesNotContain("REFERRAL_PARTNER", "RESELLER", "OEM");
		assertThat(PartnerTier.values()).extracting(PartnerTier::label).containsExactly("Bronze", "Silver", "Gold", "Platinum");
	}

	@Test
	void aVendorAdminAddsAndRenamesATypeWithItsCodeCheckedAndNamesUnique() {
		String code = freshCode();
		var added = accounts.as("admin", () -> types.add(code.toLowerCase(Locale.ROOT), new PartnerTypeDetails("MSP " + code, true, false)));
		assertThat(added.code()).as("codes are kept in capitals").isEqualTo(code);
		assertThat(types.list().getLast()).as("a new type comes last").isEqualTo(added);

		assertThatThrownBy(() -> accounts.as("admin", () -> types.add(code, new PartnerTypeDetails("Other", false, false))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("code"));
		assertThatThrownBy(() -> accounts.as("admin", () -> types.add("9X", new PartnerTypeDetails("Other", false, false))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("code"));
		assertThatThrownBy(() -> accounts.as("admin", () -> types.add(freshCode(), new PartnerTypeDetails("reseller", false, false))))
				.as("names are unique whatever their case")
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> accounts.as("admin", () -> types.change(code, new PartnerTypeDetails(" ", true, true))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> accounts.as("channel", () -> types.add(freshCode(), new PartnerTypeDetails("X", true, true))))
				.as("vendor admins only").isInstanceOf(AccessDeniedException.class);

		accounts.as("admin", () -> types.change(code, new PartnerTypeDetails("Managed Service Provider " + code, true, true)));
		assertThat(types.get(code)).isEqualTo(new PartnerTypeView(code, "Managed Service Provider " + code, true, true));
		assertThat(jdbc.queryForList("select action from audit_entry where subject = ?", String.class, code))
				.contains("PARTNER_TYPE_ADDED", "PARTNER_TYPE_CHANGED");
	}

	@Test
	void theChannelTeamMovesAPartnerToAnotherTypeAndTierSayingWhyAndTheHistoryKeepsEachChange() {
		FreshPartner partner = accounts.freshPartner("RESELLER", PartnerTier.BRONZE, "NS");
		clock.advance(Duration.ofMinutes(1));
		var moved = accounts.as("channel", () -> partners.classify(partner.id(), "SYSTEM_INTEGRATOR", PartnerTier.SILVER,
				" Signed the integrator agreement "));
		assertThat(moved.typeName()).isEqualTo("System Integrator");
		assertThat(moved.tier()).isEqualTo(PartnerTier.SILVER);
		clock.advance(Duration.ofMinutes(1));
		accounts.as("channel", () -> partners.classify(partner.id(), "SYSTEM_INTEGRATOR", PartnerTier.GOLD, "Q3 revenue"));

		var history = accounts.as(partner.rep(), () -> partners.history(partner.id()));
		assertThat(history).extracting(PartnerChangeView::field, PartnerChangeView::from, PartnerChangeView::to,
				PartnerChangeView::reason).containsExactly(
						tuple("tier", "Silver", "Gold", "Q3 revenue"),
						tuple("tier", "Bronze", "Silver", "Signed the integrator agreement"),
						tuple("type", "Reseller", "System Integrator", "Signed the integrator agreement"),
						tuple("tier", null, "Bronze", "Joined the program"));
		assertThat(history.getFirst().changedBy()).isEqualTo(accounts.idOf("channel"));
		assertThat(jdbc.queryForList("select detail from audit_entry where action = 'PARTNER_CLASSIFIED' and subject = ?",
				String.class, partner.id().toString())).contains("System Integrator, Silver -> System Integrator, Gold: Q3 revenue");

		assertThatThrownBy(() -> accounts.as("channel", () -> partners.classify(partner.id(), "SYSTEM_INTEGRATOR",
				PartnerTier.GOLD, "again"))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("tier"));
		assertThatThrownBy(() -> accounts.as("channel", () -> partners.classify(partner.id(), "OEM", PartnerTier.GOLD, " ")))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> accounts.as("channel", () -> partners.classify(partner.id(), "NO_SUCH", PartnerTier.GOLD, "x")))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("type"));
		assertThat(accounts.as("channel", () -> partners.history(partner.id()))).as("nothing refused was kept").hasSize(4);
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> partners.classify(partner.id(), "OEM", PartnerTier.GOLD, "x")))
				.as("a partner does not classify itself").isInstanceOf(AccessDeniedException.class);
		FreshPartner other = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(other.rep(), () -> partners.history(partner.id())))
				.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theApiAndThePagesClassifyAPartnerAndShowItsHistory() throws Exception {
		FreshPartner partner = accounts.freshPartner("RESELLER", PartnerTier.SILVER, "NS");
		var bad = mvc.perform(put("/api/v1/partners/" + partner.id() + "/classification").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.content("{\"type\":\"OEM\",\"tier\":\"GOLD\"}")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("reason").doesNotContain("Exception");
		var done = mvc.perform(put("/api/v1/partners/" + partner.id() + "/classification").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.content("{\"type\":\"OEM\",\"tier\":\"GOLD\",\"reason\":\"Embeds CubeDMS\"}")).andReturn().getResponse();
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(done.getContentAsString()).contains("\"type\":\"OEM\"", "\"typeName\":\"OEM\"", "\"tier\":\"GOLD\"");
		String history = mvc.perform(get("/api/v1/partners/" + partner.id() + "/history")
				.header("Authorization", "Bearer " + accounts.apiToken(partner.rep()))).andReturn().getResponse().getContentAsString();
		assertThat(history).contains("Embeds CubeDMS", "\"from\":\"Reseller\"", "\"to\":\"OEM\"");

		WebSession channel = WebSession.loggedIn(mvc, "channel");
		var moved = channel.perform(post("/partners/" + partner.id() + "/classification").with(csrf()).param("type", "OEM")
				.param("tier", "PLATINUM").param("reason", "Top revenue"));
		assertThat(moved.getFlashMap().get("notice")).asString().contains("tier Platinum");
		String page = channel.perform(get("/partners/" + partner.id())).getResponse().getContentAsString();
		assertThat(page).contains("partner-history", "Top revenue", "Embeds CubeDMS", "Change the type or tier");
		String asPartner = WebSession.loggedIn(mvc, partner.rep()).perform(get("/partners/" + partner.id())).getResponse()
				.getContentAsString();
		assertThat(asPartner).contains("Top revenue").doesNotContain("Change the type or tier");

		var refused = channel.perform(post("/partners/" + partner.id() + "/classification").with(csrf()).param("type", "OEM")
				.param("tier", "GOLD").param("reason", ""));
		assertThat(refused.getFlashMap().get("problem")).asString().startsWith("reason:");
	}

	@Test
	void theTypesPageAddsAndChangesTypesForVendorAdminsOnly() throws Exception {
		String code = freshCode();
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		assertThat(admin.perform(get("/admin/partner-types")).getResponse().getContentAsString()).contains("System Integrator",
				"Add a partner type");
		var added = admin.perform(post("/admin/partner-types").with(csrf()).param("code", code).param("name", "Agency " + code)
				.param("takesVendorLeads", "true"));
		assertThat(added.getFlashMap().get("notice")).asString().contains("Agency " + code);
		assertThat(types.get(code).takesVendorLeads()).isTrue();
		admin.perform(post("/admin/partner-types/" + code).with(csrf()).param("name", "Agency " + code));
		assertThat(types.get(code)).as("an unticked box is false").isEqualTo(new PartnerTypeView(code, "Agency " + code, false, false));
		var refused = admin.perform(post("/admin/partner-types").with(csrf()).param("code", "bad code").param("name", "x"));
		assertThat(refused.getFlashMap().get("problem")).asString().startsWith("code:");

		assertThat(WebSession.loggedIn(mvc, "channel").perform(get("/admin/partner-types")).getResponse().getStatus())
				.isEqualTo(403);
		String listed = mvc.perform(get("/api/v1/partner-types").header("Authorization", "Bearer " + accounts.apiToken("channel")))
				.andReturn().getResponse().getContentAsString();
		assertThat(listed).contains("\"code\":\"" + code + "\"", "\"takesVendorLeads\"");
	}

	private static String freshCode() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
	}
}
