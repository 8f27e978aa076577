package org.concord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.concord.commissions.Contracts;
import org.concord.commissions.OpenContract;
import org.concord.identity.TestAccounts;
import org.concord.leads.LeadFixtures;
import org.concord.partners.PartnerTier;
import org.concord.registrations.Deals;
import org.concord.registrations.RegistrationFixtures;
import org.concord.registrations.Registrations;
import org.concord.rooms.RoomFixtures;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.util.GreenMail;

/**
 * The paths a person walks, in Debian's headless Chromium (CHROME_BIN and CHROMEDRIVER override the
 * paths). Screenshots of the main pages land in target/screenshots.
 */
@ConcordIntegrationTest
class BrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LeadFixtures leadFixtures;

	@Autowired
	RegistrationFixtures registrationFixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	Deals deals;

	@Autowired
	Contracts contracts;

	@Autowired
	RoomFixtures roomFixtures;


	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ApplicationContext context;

	private WebDriver browser;
	private Path profile;

	@BeforeEach
	void openBrowser() throws IOException {
		profile = Files.createTempDirectory("concord-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,860", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void eachBrandHostShowsItsOwnBrandBeforeAndAfterLogin() throws IOException {
		String[][] brands = { { "lighthouse", "Lighthouse HSE", "northwind.rep" }, { "cube", "CubeDMS", "summit.rep" },
				{ "quartz", "QuartzQMS", "maple.rep" } };
		for (String[] brand : brands) {
			browser.get(url(brand[0], "/login"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(brand[1] + " Partner Portal");
			assertThat(browser.getTitle()).contains(brand[1]);
			screenshot("login-" + brand[0]);

			logIn(brand[2], TestAccounts.PASSWORD);
			assertThat(browser.findElement(By.cssSelector(".topbar .brand img")).getAttribute("alt")).isEqualTo(brand[1]);
			assertThat(browser.getTitle()).contains(brand[1]);
			assertThat(browser.findElement(By.id("welcome")).getText()).startsWith("Welcome");
			if (brand[0].equals("lighthouse")) {
				screenshot("partner-overview");
				browser.get(url("lighthouse", "/people"));
				screenshot("partner-people");
			}
		}
	}

	@Test
	void forgotPasswordFromTheLinkInTheMailToANewPassword() throws Exception {
		var partner = accounts.freshPartner();
		browser.get(url("cube", "/login"));
		browser.findElement(By.linkText("Forgot password?")).click();
		browser.findElement(By.id("username")).sendKeys(partner.rep());
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("If an account matches");

		var mail = Mails.awaitLatestTo(greenMail, TestAccounts.emailOf(partner.rep()));
		assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@cubedms.com");
		browser.get(Mails.link(mail, "/reset-password"));
		screenshot("choose-password");
		browser.findElement(By.id("password")).sendKeys("tide pools and granite ledges");
		browser.findElement(By.id("confirmation")).sendKeys("tide pools and granite ledges");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Your password is set");

		logIn(partner.rep(), "tide pools and granite ledges");
		assertThat(browser.findElement(By.id("welcome")).getText()).startsWith("Welcome");
	}

	@Test
	void aPartnerCannotOpenAnotherPartnersPage() throws IOException {
		String northwind = jdbc.queryForObject("select id from partner_company where name = 'Northwind Safety Consulting'", String.class);
		String harbour = jdbc.queryForObject("select id from partner_company where name = 'Harbour Compliance Group'", String.class);
		browser.get(url("lighthouse", "/login"));
		logIn("harbour.rep", TestAccounts.PASSWORD);

		browser.get(url("lighthouse", "/partners/" + harbour));
		assertThat(browser.findElement(By.id("partner-name")).getText()).isEqualTo("Harbour Compliance Group");
		screenshot("partner-company");

		browser.get(url("lighthouse", "/partners/" + northwind));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
		assertThat(browser.getPageSource()).doesNotContain("Northwind");
	}

	@Test
	void aVendorAdminSeesPartnersBrandsAndSentMail() throws IOException {
		browser.get(url("lighthouse", "/login"));
		screenshot("login");
		logIn("admin", TestAccounts.PASSWORD);
		browser.get(url("lighthouse", "/partners"));
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("Northwind Safety Consulting", "Atlantic Referral Partners");
		screenshot("vendor-partners");
		browser.get(url("lighthouse", "/admin/brands"));
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("cube.localhost");
		screenshot("vendor-brands");
		browser.get(url("lighthouse", "/admin/sent-mail"));
		screenshot("vendor-sent-mail");
	}

	@Test
	void aChannelManagerLooksAfterAPartnerMovesItToGoldAndItsAdminKeepsItsContactDetails() throws IOException {
		var partner = accounts.freshPartner("RESELLER", PartnerTier.SILVER, "NS");
		browser.get(url("lighthouse", "/login"));
		logIn("channel", TestAccounts.PASSWORD);
		browser.get(url("lighthouse", "/partners/" + partner.id()));
		select("manager", accounts.idOf("channel").toString());
		browser.findElement(By.cssSelector("#assign-manager button")).click();
		awaitNotice("Account manager saved.");
		assertThat(browser.findElement(By.id("account-manager")).getText()).isEqualTo("Casey Channel");

		browser.findElement(By.cssSelector("#classify summary")).click();
		select("type", "SYSTEM_INTEGRATOR");
		select("tier", "GOLD");
		type("reason", "Signed the integrator agreement");
		browser.findElement(By.cssSelector("#classify button[type=submit]")).click();
		awaitNotice("tier Gold");
		assertThat(browser.findElement(By.id("partner-history")).getText()).contains("Silver", "Gold", "Reseller",
				"System Integrator", "Signed the integrator agreement");
		screenshot("partner-classified");
		logOut();

		logIn(partner.admin(), TestAccounts.PASSWORD);
		browser.get(url("lighthouse", "/partners/" + partner.id()));
		assertThat(browser.findElement(By.id("account-manager")).getText()).isEqualTo("Casey Channel");
		assertThat(browser.findElements(By.id("classify"))).as("a partner does not change its own tier").isEmpty();
		browser.findElement(By.cssSelector("#edit-profile summary")).click();
		assertThat(browser.findElements(By.id("employees"))).as("the vendor's part of the profile").isEmpty();
		type("phone", "+1 902 555 0142");
		browser.findElement(By.id("save-profile")).click();
		awaitNotice("Company profile saved.");
		assertThat(browser.findElement(By.id("profile-phone")).getText()).isEqualTo("+1 902 555 0142");
	}

	@Test
	void aCompanyAppliesIsQualifiedOnTheBoardConvertedAndItsAdminAcceptsTheInvitation() throws Exception {
		String u = UUID.randomUUID().toString().substring(0, 6);
		String company = "Applicant Works " + u;
		String email = "robin@applicant-" + u + ".example";
		browser.get(url("cube", "/apply"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Become a CubeDMS partner");
		type("companyName", company);
		type("contactName", "Robin Applicant");
		type("email", email);
		type("website", "https://applicant-" + u + ".example");
		type("employees", "40");
		select("interestedType", "RESELLER");
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		screenshot("partner-application");
		browser.findElement(By.cssSelector("#application button[type=submit]")).click();
		assertThat(browser.findElement(By.id("application-sent")).getText()).contains("We have your application");
		assertThat(Mails.awaitLatestTo(greenMail, email).getSubject()).contains("CubeDMS partner program");

		browser.get(url("lighthouse", "/login"));
		logIn("channel", TestAccounts.PASSWORD);
		menu("Partners", "Recruitment");
		browser.findElement(By.xpath("//article[contains(., '" + company + "')]//button[contains(@class, 'move')]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stage-QUALIFIED"), company));
		screenshot("recruitment-board");
		browser.findElement(By.linkText(company)).click();
		assertThat(browser.findElement(By.id("prospect-stage")).getText()).startsWith("Qualified");
		browser.findElement(By.id("conv-username")).clear();
		type("conv-username", "robin." + u);
		browser.findElement(By.id("convert-button")).click();
		awaitNotice("is a partner now");
		assertThat(browser.findElement(By.id("partner-name")).getText()).isEqualTo(company);
		assertThat(browser.findElement(By.id("account-manager")).getText()).isEqualTo("Casey Channel");
		assertThat(browser.findElements(By.cssSelector("#onboarding tbody tr"))).isNotEmpty();
		logOut();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));

		var invitation = Mails.awaitSubject(greenMail, email, "invited");
		assertThat(invitation.getSubject()).contains("CubeDMS");
		browser.get(Mails.link(invitation, "/invitation"));
		assertThat(browser.findElements(By.id("confirmation"))).as(browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("main")).getText()).isNotEmpty();
		browser.findElement(By.id("password")).sendKeys("herons over the salt marsh");
		browser.findElement(By.id("confirmation")).sendKeys("herons over the salt marsh");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		awaitNotice("Your password is set");
		logIn("robin." + u, "herons over the salt marsh");
		assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("Robin Applicant");
		assertThat(browser.findElement(By.id("signed-in-role")).getAttribute("textContent")).isEqualTo("Partner admin");
	}

	@Test
	void aPartnerSeesItsScorecardAndItsRankAmongItsPeers() throws Exception {
		var partner = accounts.freshPartner("RESELLER", PartnerTier.SILVER, "NS");
		RecurringTask<Void> job = context.getBean("scorecardsTask", RecurringTask.class);
		job.execute(job.instance(RecurringTask.INSTANCE), null);

		browser.get(url("lighthouse", "/login"));
		logIn(partner.rep(), TestAccounts.PASSWORD);
		browser.findElement(By.linkText("Performance")).click();
		browser.findElement(By.linkText("Scorecard")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith(": scorecard");
		assertThat(browser.findElement(By.id("scorecard-rank")).getText()).matches("\\d+ of \\d+");
		assertThat(browser.findElements(By.cssSelector("#kpis tbody tr"))).hasSize(6);
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Northwind", "Harbour");
		screenshot("scorecard");
	}

	@Test
	void aPartnerAnswersTheSatisfactionQuestionTheJobProposesGoldAndAChannelManagerApproves() throws Exception {
		var partner = accounts.freshPartner("RESELLER", PartnerTier.SILVER, "NS");
		// 11 registrations in the last 90 days: 15 points, and an engagement score of 55 (20 points)
		for (int i = 0; i < 11; i++) {
			events.publishEvent(new EngagementRecorded(new UserId(accounts.idOf(partner.rep())), partner.id(),
					EngagementKind.REGISTRATION, "deal " + i, clock.instant().minus(Duration.ofDays(10))));
		}
		browser.get(url("lighthouse", "/login"));
		logIn(partner.admin(), TestAccounts.PASSWORD);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("score-10")));
		screenshot("satisfaction-question");
		browser.findElement(By.id("score-10")).click();
		browser.findElement(By.id("send-answer")).click();
		awaitNotice("Thank you");
		logOut();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));

		// the monthly job, a day later: 5 (no revenue yet) + 15 + 0 + 20 (NPS 100) + 20 = 60, Gold
		((MutableClock) clock).advance(Duration.ofDays(1));
		RecurringTask<Void> job = context.getBean("tierAssessmentTask", RecurringTask.class);
		job.execute(job.instance(RecurringTask.INSTANCE), null);

		logIn("channel", TestAccounts.PASSWORD);
		menu("Partners", "Tiers");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tier changes");
		screenshot("tier-changes");
		browser.get(url("lighthouse", "/partners/" + partner.id() + "/tier"));
		assertThat(browser.findElement(By.id("tier-score")).getText()).isEqualTo("60 / 100");
		assertThat(browser.findElement(By.id("open-change")).getText()).contains("Silver", "Gold", "waits");
		browser.findElement(By.id("approve-tier")).click();
		awaitNotice("Silver → Gold, now.");
		assertThat(browser.findElement(By.id("current-tier")).getText()).isEqualTo("Gold");
		logOut();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));

		logIn(partner.admin(), TestAccounts.PASSWORD);
		assertThat(browser.findElement(By.id("tier-link")).getText()).isEqualTo("Gold");
		browser.findElement(By.linkText("Performance")).click();
		assertThat(browser.findElement(By.id("next-tier")).getText()).isEqualTo("20 more points for Platinum");
		assertThat(browser.findElement(By.id("criterion-NPS")).getText()).contains("100 (1 answer)", "20 / 20");
		assertThat(browser.findElement(By.id("tier-history")).getText()).contains("Silver → Gold");
		screenshot("tier-score");
	}

	@Test
	void aPartnerRegistersASecondPartnerIsToldItIsTakenAndTheChannelManagerApproves() throws Exception {
		String company = "Browser Prospect " + UUID.randomUUID().toString().substring(0, 6) + " Ltd";
		String domain = "bp" + UUID.randomUUID().toString().substring(0, 6) + ".example";

		browser.get(url("lighthouse", "/login"));
		logIn("maple.rep", TestAccounts.PASSWORD);
		String first = registerOpportunity(company, domain, "902 555 0142");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Registered");
		assertThat(browser.findElement(By.id("registration-status")).getText()).isEqualTo("Submitted");
		screenshot("registration-submitted");
		logOut();

		browser.get(url("cube", "/login"));
		logIn("atlantic.rep", TestAccounts.PASSWORD);
		registerOpportunity(company.toUpperCase().replace(" LTD", " Limited"), domain, "(902) 555-0142");
		assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("already registered")
				.doesNotContain("Maple");
		assertThat(browser.getPageSource()).doesNotContain("Maple Integrators").doesNotContain("Mia Maple");
		screenshot("registration-already-registered");
		logOut();

		browser.get(url("lighthouse", "/login"));
		logIn("channel", TestAccounts.PASSWORD);
		menu("Deals", "Review");
		screenshot("review-queue");
		browser.findElement(By.linkText(company)).click();
		browser.findElement(By.id("approve")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBe(By.id("registration-status"), "Approved"));
		assertThat(browser.getCurrentUrl()).endsWith(first);
	}

	@Test
	void aPartnerSeesALeadFromUsOnItsOverviewAndMakesContactInOneStep() throws IOException {
		String region = LeadFixtures.territory();
		var partner = leadFixtures.partner(region, PartnerTier.GOLD, 10);
		leadFixtures.partner(region, PartnerTier.SILVER, 10);
		var lead = leadFixtures.lead(region);
		var id = leadFixtures.create(lead);
		String company = lead.contact().companyName();

		browser.get(url("lighthouse", "/login"));
		logIn("channel", TestAccounts.PASSWORD);
		browser.get(url("lighthouse", "/lead-routing/" + id));
		assertThat(browser.findElement(By.id("ranking")).getText()).contains("meets area", "tier Gold");
		screenshot("lead-routing-ranking");
		logOut();

		logIn(partner.rep(), TestAccounts.PASSWORD);
		var waiting = browser.findElement(By.id("leads-waiting"));
		assertThat(waiting.getText()).contains(company);
		screenshot("lead-on-overview");
		waiting.findElement(By.linkText(company)).click();
		assertThat(browser.findElement(By.id("contact-due")).getText()).contains("Make contact by the end of");
		browser.findElement(By.id("actionChecked")).click();
		browser.findElement(By.id("summary")).sendKeys("Called Lena; demo booked for Thursday");
		screenshot("lead-make-contact");
		browser.findElement(By.id("record-contact")).click();

		awaitNotice("active opportunity");
		assertThat(browser.findElement(By.id("registration-status")).getText()).isEqualTo("Active");
		assertThat(browser.findElement(By.id("contact-initiated")).getText()).isNotBlank();
		assertThat(browser.getPageSource()).contains("Called Lena; demo booked for Thursday");
	}

	@Test
	void aChannelManagerRecordsAPaymentAndThePartnerSeesItsCommissionOnItsStatement() throws IOException {
		var partner = accounts.freshPartner();
		var won = registrationFixtures.approved(partner.rep(), RegistrationFixtures.Prospect.fresh());
		accounts.as(partner.rep(), () -> {
			deals.markWon(won.id(), "Signed for a year");
		});
		var contract = accounts.as("channel", () -> contracts.open(new OpenContract(won.id().value(),
				LocalDate.now(clock), 12)));

		browser.get(url("lighthouse", "/login"));
		logIn("channel", TestAccounts.PASSWORD);
		browser.get(url("lighthouse", "/commissions/contracts/" + contract));
		browser.findElement(By.id("issue-invoice")).click();
		awaitNotice("Invoice issued");
		new Select(browser.findElement(By.name("invoiceId"))).selectByIndex(1);
		browser.findElement(By.name("amount")).sendKeys("1250.00");
		browser.findElement(By.name("reference")).sendKeys("INV-" + UUID.randomUUID().toString().substring(0, 8));
		browser.findElement(By.id("record-payment")).click();
		awaitNotice("Recorded");
		assertThat(browser.findElement(By.id("ledger")).getText()).contains("62.50");
		screenshot("commission-contract");
		logOut();

		logIn(partner.rep(), TestAccounts.PASSWORD);
		assertThat(browser.findElement(By.id("commission-tiles")).getText()).contains("CAD 62.50");
		browser.findElement(By.linkText("Commissions")).click();
		assertThat(browser.findElement(By.cssSelector(".statement .earned")).getText()).isEqualTo("CAD 62.50");
		screenshot("commission-statement");
	}

	@Test
	void aReturnNobodyAnswersLapsesAndThePartnerWaitingInLineRegistersTheCompanyAfterIt() throws Exception {
		var holder = accounts.freshPartner();
		var waiting = accounts.freshPartner();
		String code = UUID.randomUUID().toString().substring(0, 6);
		String company = "Lapsing Prospect " + code + " Ltd";
		String domain = "lp" + code + ".example";
		var held = registrationFixtures.register(holder.rep(), new RegistrationFixtures.Prospect(company,
				"www." + domain, "ann@" + domain, "902 555 0177"), "cube");
		accounts.as("channel", () -> {
			registrations.returnForInformation(held.id(), "How many sites, and who signs?");
		});

		browser.get(url("lighthouse", "/login"));
		logIn(waiting.rep(), TestAccounts.PASSWORD);
		String refused = registerOpportunity(company, domain, "902 555 0177");
		assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("already registered");
		logOut();

		logIn("channel", TestAccounts.PASSWORD);
		browser.get(url("lighthouse", "/registrations/" + held.id()));
		assertThat(browser.findElement(By.id("waiting-list")).getText()).contains(partnerName(waiting.id()));
		screenshot("registration-waiting-list");
		logOut();

		((MutableClock) clock).advance(Duration.ofDays(14).plusMinutes(1));
		registrationFixtures.sweepValidity();
		logIn(holder.rep(), TestAccounts.PASSWORD);
		browser.get(url("lighthouse", "/registrations/" + held.id()));
		assertThat(browser.findElement(By.id("registration-status")).getText()).startsWith("Lapsed");
		logOut();

		logIn(waiting.rep(), TestAccounts.PASSWORD);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
			d.navigate().refresh();
			return d.findElement(By.id("notices")).getText().contains(company + " is open again");
		});
		browser.get(url("lighthouse", refused));
		screenshot("registration-register-again");
		browser.findElement(By.id("register-again")).click();
		awaitNotice("Registered");
		assertThat(browser.findElement(By.id("registration-status")).getText()).isEqualTo("Submitted");
		assertThat(browser.getCurrentUrl()).doesNotEndWith(refused);
	}

	@Test
	void thePartnersMenuIsBuiltFromTheRoomsStaysOnOneLineOnALaptopAndFoldsIntoAMenuOnAPhone() throws Exception {
		var partner = accounts.freshPartner("REFERRAL_PARTNER", PartnerTier.SILVER, "NS");
		try {
			browser.get(url("lighthouse", "/login"));
			logIn("admin", TestAccounts.PASSWORD);
			assertOnOneLine();
			menu("Admin", "Portal rooms");
			WebElement training = browser.findElement(By.id("room-TRAINING"));
			for (WebElement type : training.findElements(By.cssSelector("input[name=types]"))) {
				if (!type.getAttribute("value").equals("REFERRAL_PARTNER")) {
					type.click();
				}
			}
			training.findElement(By.id("save-TRAINING")).click();
			awaitNotice("Saved the room Training.");
			browser.findElement(By.id("brand-LEADS-lighthouse")).sendKeys("Leads");
			browser.findElement(By.id("save-LEADS")).click();
			awaitNotice("Saved the room Prospects.");
			assertThat(browser.findElement(By.xpath("//table[@id='room-audiences']//tr[td[1] = 'Referral Partner']")).getText())
					.doesNotContain("Training");
			assertThat(browser.findElement(By.xpath("//table[@id='room-audiences']//tr[td[1] = 'Reseller']")).getText())
					.contains("Training");
			screenshot("room-settings");
			logOut();

			logIn(partner.rep(), TestAccounts.PASSWORD);
			assertThat(browser.findElements(By.cssSelector("nav[aria-label=Rooms] a")).stream().map(link -> link.getAttribute("textContent"))
					.toList()).as("the first seven on the line, the rest under More")
					.containsExactly("Overview", "Leads", "Deals", "Commissions", "Performance", "Contacts", "Messages", "Resources", "Brand Guidelines");
			menu("More", "Resources");
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/resources"));
			assertOnOneLine();
			browser.get(url("lighthouse", "/training"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");

			browser.manage().window().setSize(new Dimension(390, 844));
			browser.get(url("lighthouse", "/"));
			assertThat(browser.findElement(By.id("site-nav")).isDisplayed()).isFalse();
			assertNoSidewaysScroll("/");
			screenshot("phone-overview");
			browser.findElement(By.id("menu-toggle")).click();
			assertThat(browser.findElement(By.id("site-nav")).isDisplayed()).isTrue();
			screenshot("phone-menu");
			browser.findElement(By.linkText("Deals")).click();
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/deals"));
			for (String page : new String[] { "/leads", "/lead-routing", "/contacts", "/contacts/new", "/deals", "/commissions",
					"/partners/" + partner.id() + "/tier", "/scorecard", "/badges", "/partners/" + partner.id(), "/people", "/team",
					"/notices", "/announcements", "/settings/profile", "/messages", "/messages/new", "/deals/board", "/deals/forecast", "/resources",
					"/settings/notifications" }) {
				browser.get(url("lighthouse", page));
				assertNoSidewaysScroll(page);
			}
		}
		finally {
			roomFixtures.restoreDefaults();
		}
	}

	/**
	 * axe-core on every room's pages and the vendor's room settings, as a partner admin and as the vendor admin: no
	 * serious or critical violation of WCAG 2.1 AA.
	 */
	@Test
	void everyRoomPageHasNoSeriousOrCriticalAccessibilityViolation() throws Exception {
		PartnerId northwind = new PartnerId(jdbc.queryForObject("select id from partner_company where name = 'Northwind Safety Consulting'",
				UUID.class));
		browser.get(url("lighthouse", "/login"));
		assertAccessible("/login");
		logIn("northwind.admin", TestAccounts.PASSWORD);
		assertOnOneLine();
		for (String page : new String[] { "/", "/leads", "/lead-routing", "/contacts", "/contacts/new", "/deals", "/commissions",
				"/partners/" + northwind + "/tier", "/scorecard", "/badges", "/training", "/partners/" + northwind + "/team",
				"/partners/" + northwind, "/notices", "/announcements", "/settings/profile", "/people", "/messages", "/messages/new",
				"/deals/board", "/deals/forecast", "/resources", "/brand-guidelines" }) {
			browser.get(url("lighthouse", page));
			assertAccessible(page);
		}
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(url("lighthouse", "/"));
		browser.findElement(By.id("menu-toggle")).click();
		assertAccessible("/ with the phone menu open");
		browser.manage().window().setSize(new Dimension(1280, 860));
		logOut();
		logIn("admin", TestAccounts.PASSWORD);
		for (String page : new String[] { "/", "/admin/rooms", "/announcements", "/announcements/new", "/event-attendance", "/resources/new",
				"/review", "/partners" }) {
			browser.get(url("lighthouse", page));
			assertAccessible(page);
		}
	}

	private void assertAccessible(String page) {
		var results = new AxeBuilder().withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
		assertThat(results.getPasses()).as("axe-core ran its rules on " + page).hasSizeGreaterThan(10);
		var serious = results.getViolations().stream()
				.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
						+ rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
				.toList();
		assertThat(serious).as(page).isEmpty();
	}

	/** The top bar's navigation takes one line: no wider, and no taller, than one line of it. */
	private void assertOnOneLine() {
		var tops = browser.findElements(By.cssSelector("#site-nav nav > a, #site-nav nav > details > summary")).stream()
				.map(link -> link.getRect().getY()).toList();
		assertThat(tops).isNotEmpty();
		assertThat(tops.stream().mapToInt(Integer::intValue).max().getAsInt() - tops.stream().mapToInt(Integer::intValue).min()
				.getAsInt()).as("the menu's rows: " + tops).isLessThan(10);
		assertNoSidewaysScroll(browser.getCurrentUrl());
	}

	private void assertNoSidewaysScroll(String page) {
		Object overflow = ((JavascriptExecutor) browser).executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as(page + " scrolls sideways by").isLessThanOrEqualTo(0);
	}

	private String partnerName(PartnerId id) {
		return jdbc.queryForObject("select name from partner_company where id = ?", String.class, id.value());
	}

	/** Start Prospect: the contact, then the prospect's registration form; returns the registration's path. */
	private String registerOpportunity(String company, String domain, String phone) throws Exception {
		browser.findElement(By.linkText("Prospects")).click();
		browser.findElement(By.linkText("Customer contacts")).click();
		browser.findElement(By.linkText("Start Prospect")).click();
		type("firstName", "Jane");
		type("lastName", "Buyer");
		type("email", "jane@" + domain);
		type("phone", phone);
		type("companyName", company);
		type("website", "https://www." + domain);
		type("street", "1 Water St");
		type("city", "Halifax");
		type("region", "NS");
		select("consentType", "EXPRESS");
		type("consentObtainedHow", "Asked on the phone");
		date("consentObtainedOn", LocalDate.now(clock));
		type("consentObtainedBy", "Our rep");
		browser.findElement(By.cssSelector("form.grid-form button[type=submit]")).click();
		browser.findElement(By.id("start-opportunity")).click();
		select("product", "cube");
		type("estimatedMrr", "1500");
		date("expectedCloseDate", LocalDate.now(clock).plusDays(60));
		select("stage", "QUALIFIED");
		type("notes", "Wants a document management system");
		select("assignment", "PARTNER_WORKING");
		select("opportunitySource", "WEB");
		screenshot("registration-form");
		browser.findElement(By.id("register")).click();
		// the form redirects to the registration (accepted or already registered): wait for it, not for the click
		// the form's own address is /registrations/new?contact=..., so wait for a registration's address, not for any change
		new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(d -> d.getCurrentUrl().matches(".*/registrations/[0-9a-f]{8}-[0-9a-f-]{27}$"));
		return new URI(browser.getCurrentUrl()).getPath();
	}

	/** Waits for the page a form redirected to: its notice says what was done. */
	private void awaitNotice(String text) {
		// the page may be replaced while it is read (Chromium then says the node left the document): read it again
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
				.until(d -> d.findElement(By.cssSelector(".notice")).getText().contains(text));
	}

	private void type(String id, String text) {
		browser.findElement(By.id(id)).sendKeys(text);
	}

	private void select(String id, String value) {
		new Select(browser.findElement(By.id(id))).selectByValue(value);
	}

	private void date(String id, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id(id)), date.toString());
	}

	private void logOut() {
		menu(browser.findElement(By.id("signed-in-as")).getText(), null);
		browser.findElement(By.cssSelector(".who button")).click();
	}

	/** Opens a drop-down menu of the top bar by its name and, unless null, follows one of its links. */
	private void menu(String name, String link) {
		browser.findElement(By.xpath("//header//details[contains(@class, 'menu')]/summary[normalize-space(.) = '" + name + "']")).click();
		if (link != null) {
			browser.findElement(By.xpath("//header//details[@open]//a[normalize-space(.) = '" + link + "']")).click();
		}
	}

	private void logIn(String username, String password) {
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
	}

	private String url(String brand, String path) {
		return "http://" + brand + ".localhost:" + port + path;
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
