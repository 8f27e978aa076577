package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.commissions.ProgramTerms;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What a person sees and does on the pages issue 11 added or changed. */
@ConcordIntegrationTest
class RegistrationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationSettings registrationSettings;

	@Autowired
	ProgramTerms programTerms;

	@Autowired
	ChannelConflicts conflicts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePartnersPagesUseSeed001sWordsWithTheVendorsNameFromTheSettings() throws Exception {
		var partner = accounts.freshPartner();
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		String form = page(rep, "/registrations/new");
		assertThat(form).contains("Start Prospect", "Sales Partner Assigns to RPM", "Sales Partner Assigned", "Sales Rep Assigned",
				"Source", "Sales Partner Providing Prospect", "Sales Rep Providing Prospect");
		assertThat(page(rep, "/contacts/new")).contains("Type of Consent");
		assertThat(page(rep, "/")).contains("Prospects From Us");

		RegistrationSettingsView before = registrationSettings.current();
		try {
			WebSession admin = WebSession.loggedIn(mvc, "admin");
			MvcResult saved = admin.perform(settingsForm(before, "vendorName", "Acme Software").with(csrf()));
			assertThat(saved.getFlashMap().get("notice")).isEqualTo("Settings saved.");
			assertThat(page(rep, "/registrations/new")).contains("Sales Partner Assigns to Acme Software")
					.doesNotContain("Assigns to RPM");
		}
		finally {
			accounts.as("admin", () -> {
				registrationSettings.change(before);
			});
		}
	}

	@Test
	void theSettingsPageNamesTheFieldOfABadValueAndKeepsWhatWasSaved() throws Exception {
		RegistrationSettingsView before = registrationSettings.current();
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		String page = page(admin, "/admin/registration-settings");
		assertThat(page).contains("returnLapseDays", "dailySubmissionCap", "assistance-types", "vendorName", "currencies",
				"Daily caps per partner");
		MvcResult refused = admin.perform(settingsForm(before, "returnLapseDays", "2").with(csrf()));
		assertThat((String) refused.getFlashMap().get("problem")).startsWith("returnLapseDays:");
		assertThat(registrationSettings.current()).isEqualTo(before);

		var partner = accounts.freshPartner();
		MvcResult raised = admin.perform(post("/admin/partners/" + partner.id() + "/daily-cap").param("dailyCap", "120").with(csrf()));
		assertThat(raised.getFlashMap().get("notice")).isEqualTo("Daily cap set.");
		assertThat(accounts.as("channel", () -> registrationSettings.dailyCapOf(partner.id()))).isEqualTo(120);
	}

	@Test
	void theRegistrationPageAndTheLeadsRoomShowTheExpectedCommission() throws Exception {
		var partner = accounts.freshPartner();
		var deal = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		String detail = page(rep, "/registrations/" + deal.id());
		assertThat(detail).contains("Expected commission").containsPattern("id=\"expected-commission\">[^<]*62\\.50");
		assertThat(page(rep, "/leads")).containsPattern("class=\"expected-commission\">[^<]*62\\.50");
	}

	@Test
	void aPartnerAddsADealNoteAndTheChannelTeamGivesAVendorProspectToASalesRep() throws Exception {
		var partner = accounts.freshPartner();
		var deal = fixtures.approved(partner.rep(), Prospect.fresh());
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		rep.perform(post("/registrations/" + deal.id() + "/notes").param("text", "Incumbent: spreadsheets").with(csrf()));
		assertThat(page(rep, "/registrations/" + deal.id())).contains("Incumbent: spreadsheets");
		MvcResult blank = rep.perform(post("/registrations/" + deal.id() + "/notes").param("text", " ").with(csrf()));
		assertThat((String) blank.getFlashMap().get("problem")).contains("4,000 characters");

		var forVendor = fixtures.registerForVendor(partner.rep(), Prospect.fresh());
		accounts.as("channel", () -> {
			registrations.approve(forVendor.id());
		});
		WebSession channel = WebSession.loggedIn(mvc, "channel");
		assertThat(page(channel, "/registrations/" + forVendor.id())).contains("name=\"repId\"");
		channel.perform(post("/registrations/" + forVendor.id() + "/vendor-rep").param("repId", accounts.idOf("sales").toString())
				.with(csrf()));
		assertThat(page(WebSession.loggedIn(mvc, "sales"), "/my-opportunities")).contains(forVendor.id().toString());
	}

	@Test
	void theContactPickerSearchesAsThePartnerTypes() throws Exception {
		var partner = accounts.freshPartner();
		Prospect wanted = Prospect.fresh().withCompany("Quokka Logistics " + UUID.randomUUID().toString().substring(0, 6));
		var contact = fixtures.contact(partner.rep(), wanted);
		var other = fixtures.contact(partner.rep(), Prospect.fresh());
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		assertThat(page(rep, "/registrations/new")).contains("hx-get=\"/contacts/picker\"");
		String options = rep.perform(get("/contacts/picker").param("q", "quokka").header("HX-Request", "true")).getResponse()
				.getContentAsString();
		assertThat(options).contains(contact.toString()).doesNotContain(other.toString());
		assertThat(rep.perform(get("/contacts/picker").param("q", "quokka")).getResponse().getContentAsString())
				.as("the same options without htmx").contains(contact.toString());
	}

	@Test
	void theChannelTeamAdvancesADirectDealOnTheCrmsDateAndReadsTheQuarterlyReport() throws Exception {
		WebSession sales = WebSession.loggedIn(mvc, "sales");
		String company = "Direct Page " + UUID.randomUUID();
		LocalDate today = LocalDate.now(clock);
		sales.perform(post("/direct-opportunities").param("companyName", company).param("product", "cube").param("stage", "PROSPECT")
				.param("createdOn", today.minusDays(12).toString()).with(csrf()));
		UUID direct = jdbc.queryForObject("select id from direct_opportunity where company_name = ?", UUID.class, company);
		assertThat(jdbc.queryForObject("select created_at from direct_opportunity where id = ?", Instant.class, direct))
				.isEqualTo(today.minusDays(12).atStartOfDay(ZoneOffset.UTC).toInstant());
		MvcResult moved = sales.perform(post("/direct-opportunities/" + direct + "/stage").param("stage", "QUALIFIED")
				.param("on", today.minusDays(5).toString()).with(csrf()));
		assertThat(moved.getFlashMap().get("notice")).isEqualTo("Stage changed.");
		MvcResult future = sales.perform(post("/direct-opportunities/" + direct + "/stage").param("stage", "DEMO")
				.param("on", today.plusDays(3).toString()).with(csrf()));
		assertThat((String) future.getFlashMap().get("problem")).startsWith("on:");

		String report = page(WebSession.loggedIn(mvc, "channel"), "/conflicts/report");
		assertThat(report).contains(">" + today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1) + "<", "How they ended", "Median time to a channel manager");
		assertThat(page(WebSession.loggedIn(mvc, "channel"), "/conflicts/report?quarter=2020-02")).contains("2020-Q1");
	}

	@Test
	void theVendorAdminAnnouncesNewTermsAndRatesOnAPage() throws Exception {
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		String page = page(admin, "/admin/program-terms");
		assertThat(page).contains("Program terms and rates", "Influence bonus", "Announce new terms");
		String effective = LocalDate.now(clock).plusDays(ProgramTerms.NOTICE_DAYS).toString();
		MvcResult misspelt = admin.perform(post("/admin/program-terms").param("effectiveFrom", effective).param("summary", "Gold bonus")
				.param("kind", "REGISTRATION").param("scope", "TIER").param("scopeValue", "GOLDEN").param("percent", "6").with(csrf()));
		assertThat((String) misspelt.getFlashMap().get("problem")).startsWith("rates:").contains("GOLDEN");
		int versions = accounts.as("admin", () -> accountsTerms());
		MvcResult announced = admin.perform(post("/admin/program-terms").param("effectiveFrom", effective)
				.param("summary", "Same rates, announced from the page").param("kind", "REGISTRATION", "REFERRAL", "INFLUENCE")
				.param("scope", "PROGRAM", "PROGRAM", "PROGRAM").param("scopeValue", "", "", "").param("percent", "5", "5", "2.5")
				.with(csrf()));
		assertThat((String) announced.getFlashMap().get("notice")).contains("announced");
		assertThat(accounts.as("admin", () -> accountsTerms())).isEqualTo(versions + 1);
		assertThat(page(admin, "/admin/program-terms")).contains("Same rates, announced from the page", "2.5%");
	}

	@Test
	void eachPersonChoosesHowTheyHearOfEachTopic() throws Exception {
		var partner = accounts.freshPartner();
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		String page = page(rep, "/settings/notifications");
		assertThat(page).contains("Stage changes on deals").doesNotContain("Channel conflicts waiting");
		rep.perform(post("/settings/notifications").param("STAGE_CHANGES", "DAILY_DIGEST").with(csrf()));
		assertThat(jdbc.queryForObject("select delivery from notification_preference where user_id = ? and topic = 'STAGE_CHANGES'",
				String.class, accounts.idOf(partner.rep()))).isEqualTo("DAILY_DIGEST");
		MvcResult bad = rep.perform(post("/settings/notifications").param("STAGE_CHANGES", "PIGEON").with(csrf()));
		assertThat((String) bad.getFlashMap().get("problem")).contains("stage changes");
		assertThat(page(WebSession.loggedIn(mvc, "channel"), "/settings/notifications")).contains("Channel conflicts waiting");
	}


	private int accountsTerms() {
		return programTerms.all().size();
	}

	private static String page(WebSession session, String path) throws Exception {
		MvcResult result = session.perform(get(path));
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** The settings form as the page sends it, with one field changed. */
	private static MockHttpServletRequestBuilder settingsForm(RegistrationSettingsView s,
			String changed, String value) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("autoApprove", String.valueOf(s.autoApprove()));
		fields.put("approvalSlaHours", String.valueOf(s.approvalSlaHours()));
		fields.put("protectionDays", String.valueOf(s.protectionDays()));
		fields.put("warningDays", s.warningDays());
		fields.put("renewalActivityDays", String.valueOf(s.renewalActivityDays()));
		fields.put("returnLapseDays", String.valueOf(s.returnLapseDays()));
		fields.put("dailySubmissionCap", String.valueOf(s.dailySubmissionCap()));
		fields.put("laterRenewalsNeedVendor", String.valueOf(s.laterRenewalsNeedVendor()));
		fields.put("vendorName", s.vendorName());
		fields.put("currencies", String.join(", ", s.currencies()));
		fields.put(changed, value);
		var form = post("/admin/registration-settings");
		fields.forEach(form::param);
		return form;
	}
}
