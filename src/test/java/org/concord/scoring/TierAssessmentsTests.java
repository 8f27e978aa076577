package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Inboxes;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTier;
import org.concord.partners.ScoredPartners;
import org.concord.registrations.Deals;
import org.concord.registrations.RegistrationFixtures;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.UserId;
import org.concord.training.TrainingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly tier assessment on real data: a partner's score from its won deals, registrations, training, its
 * people's satisfaction answers and engagement, by seed 004's rubric; the change it proposes; a channel manager's
 * approval; an upgrade at once, a downgrade after the grace period (days given as the jobs give them); the notices.
 */
@ConcordIntegrationTest
class TierAssessmentsTests {

	@Autowired
	TierAssessments assessments;

	@Autowired
	TierChanges changes;

	@Autowired
	TierRubrics rubrics;

	@Autowired
	SatisfactionSurvey survey;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	ScoredPartners scored;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	Deals deals;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	/** Tomorrow in the vendor's time zone: what happened today is in every trailing window. */
	private LocalDate assessmentDay() {
		return LocalDate.now(clock.withZone(calendar.zone())).plusDays(1);
	}

	private void engaged(String username, EngagementKind kind, int times) {
		Instant at = clock.instant().minus(Duration.ofDays(10));
		for (int i = 0; i < times; i++) {
			events.publishEvent(new EngagementRecorded(new UserId(accounts.idOf(username)), accounts.partnerOf(username), kind,
					"subject " + i, at));
		}
	}

	private TierChangeView openChangeOf(FreshPartner partner) {
		return accounts.as("channel", () -> changes.openFor(partner.id())).orElseThrow();
	}

	@Test
	void aSilverPartnerScoring62IsProposedForGoldAndMovesWhenAChannelManagerApproves() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		for (int i = 0; i < 4; i++) {
			var deal = fixtures.approved(partner.rep(), RegistrationFixtures.Prospect.fresh());
			accounts.as(partner.rep(), () -> deals.markWon(deal.id(), "Signed"));
		}
		// 4 deals at CAD 1,250 MRR = 60,000 a year; 4 + 3 registrations; one course; 4 logins; answers 10 and 8
		engaged(partner.rep(), EngagementKind.REGISTRATION, 3);
		engaged(partner.rep(), EngagementKind.TRAINING, 1);
		engaged(partner.admin(), EngagementKind.LOGIN, 4);
		accounts.as(partner.admin(), () -> survey.answer(10, "Great program"));
		accounts.as(partner.rep(), () -> survey.answer(8, null));
		FreshPartner test = accounts.freshPartner();
		accounts.as("channel", () -> scored.markTestData(test.id(), true));

		assessments.assess(assessmentDay());

		TierScore score = accounts.as(partner.admin(), () -> assessments.score(partner.id())).orElseThrow();
		assertThat(score.lines()).extracting(TierScore.CriterionScore::points).containsExactly(15, 12, 5, 15, 15);
		assertThat(score.lines()).extracting(TierScore.CriterionScore::value).containsExactly("CAD 60,000.00", "7 in 90 days",
				"Basic: training completed this year", "50 (2 answers)", "42 in 90 days");
		assertThat(score.total()).isEqualTo(62);
		assertThat(score.eligibleTier()).isEqualTo("Gold");
		assertThat(score.lines().getFirst().next()).isEqualTo("from CAD 150,000.00: 25 points");
		assertThat(jdbc.queryForObject("select count(*) from tier_assessment where partner_id = ?", Integer.class,
				test.id().value())).as("test data is left out").isZero();

		TierChangeView proposed = openChangeOf(partner);
		assertThat(proposed.status()).isEqualTo("PROPOSED");
		assertThat(proposed.fromTier()).isEqualTo("Silver");
		assertThat(proposed.toTier()).isEqualTo("Gold");
		assertThat(accounts.as("channel", () -> changes.list("PROPOSED", true, 0, 100)).totalElements()).isPositive();
		assertThatThrownBy(() -> accounts.as("sales", () -> changes.approve(proposed.id(), null)))
				.isInstanceOf(AccessDeniedException.class);

		TierChangeView approved = accounts.as("channel", () -> changes.approve(proposed.id(), "Welcome to Gold"));

		assertThat(approved.status()).isEqualTo("APPLIED");
		assertThat(partners.find(partner.id()).orElseThrow().tier()).isEqualTo(PartnerTier.GOLD);
		assertThat(accounts.as("channel", () -> partners.history(partner.id()))).anySatisfy(h -> {
			assertThat(h.field()).isEqualTo("tier");
			assertThat(h.to()).isEqualTo("Gold");
		});
		UserId admin = new UserId(accounts.idOf(partner.admin()));
		Inboxes.await(() -> Inboxes.count(jdbc, admin.value(), "Your tier is now Gold") == 1);
		assertThatThrownBy(() -> accounts.as("channel", () -> changes.approve(proposed.id(), null)))
				.isInstanceOf(ConflictingRequestException.class);
		TierScore after = accounts.as(partner.rep(), () -> assessments.score(partner.id())).orElseThrow();
		assertThat(after.nextTier()).isEqualTo("Platinum");
		assertThat(after.pointsToNextTier()).isEqualTo(18);
	}

	@Test
	void anApprovedDowngradeWaitsAQuarterIsToldAheadAndAppliesOnItsDay() throws Exception {
		FreshPartner partner = accounts.freshPartner("SALES_PARTNER", PartnerTier.GOLD, "NS");
		LocalDate day = assessmentDay();
		UUID channel = accounts.idOf("channel");
		int told = Inboxes.count(jdbc, channel, "for your decision (assessment of " + day + ")");
		assessments.assess(day);
		TierChangeView proposed = openChangeOf(partner);
		assertThat(proposed.toTier()).as("no activity: 5 + 2 + 0 + 0 + 5 = 12").isEqualTo("Bronze");
		assertThat(proposed.score()).isEqualTo(12);
		// every proposal of the assessment in one notice per person, not one per partner
		Inboxes.await(() -> Inboxes.count(jdbc, channel, "for your decision (assessment of " + day + ")") == told + 1);
		Thread.sleep(300);
		assertThat(Inboxes.count(jdbc, channel, "for your decision (assessment of " + day + ")")).isEqualTo(told + 1);

		TierChangeView scheduled = accounts.as("channel", () -> changes.approve(proposed.id(), null));

		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		assertThat(scheduled.status()).isEqualTo("SCHEDULED");
		assertThat(scheduled.effectiveOn()).as("the default grace period, one quarter").isEqualTo(today.plusMonths(3));
		assertThat(partners.find(partner.id()).orElseThrow().tier()).isEqualTo(PartnerTier.GOLD);
		UserId admin = new UserId(accounts.idOf(partner.admin()));
		Inboxes.await(() -> Inboxes.count(jdbc, admin.value(), "Your tier moves from Gold to Bronze on " + today.plusMonths(3)
				+ " unless your tier score is back at 55") == 1);

		changes.applyDue(today.plusMonths(3).minusDays(1));
		assertThat(partners.find(partner.id()).orElseThrow().tier()).isEqualTo(PartnerTier.GOLD);
		assertThat(openChangeOf(partner).status()).isEqualTo("SCHEDULED");

		changes.applyDue(today.plusMonths(3));
		assertThat(partners.find(partner.id()).orElseThrow().tier()).isEqualTo(PartnerTier.BRONZE);
		assertThat(accounts.as("channel", () -> changes.openFor(partner.id()))).isEmpty();
		Inboxes.await(() -> Inboxes.count(jdbc, admin.value(), "Your tier is now Bronze") == 1);
	}

	@Test
	void aScheduledDowngradeIsWithdrawnWhenALaterAssessmentFindsThePartnerBack() {
		FreshPartner partner = accounts.freshPartner("SALES_PARTNER", PartnerTier.SILVER, "NS");
		LocalDate day = assessmentDay();
		assessments.assess(day);
		TierChangeView proposed = openChangeOf(partner);
		assertThat(proposed.toTier()).isEqualTo("Bronze");
		accounts.as("channel", () -> changes.approve(proposed.id(), null));

		// the partner gets busy: 6 registrations (12 points, engagement 30 → 15 points): 5 + 12 + 0 + 0 + 15 = 32, Silver
		engaged(partner.rep(), EngagementKind.REGISTRATION, 6);
		assessments.assess(day.plusDays(1));

		assertThat(accounts.as("channel", () -> changes.openFor(partner.id()))).isEmpty();
		assertThat(accounts.as("channel", () -> changes.list("WITHDRAWN", true, 0, 100)).content())
				.anySatisfy(c -> assertThat(c.id()).isEqualTo(proposed.id()));
		changes.applyDue(day.plusYears(1));
		assertThat(partners.find(partner.id()).orElseThrow().tier()).isEqualTo(PartnerTier.SILVER);
		UserId admin = new UserId(accounts.idOf(partner.admin()));
		Inboxes.await(() -> Inboxes.count(jdbc, admin.value(), "Your tier stays Silver") == 1);
	}

	@Test
	void aRejectionSaysWhyAndThePartnerKeepsItsTier() {
		FreshPartner partner = accounts.freshPartner("SALES_PARTNER", PartnerTier.SILVER, "NS");
		assessments.assess(assessmentDay());
		TierChangeView proposed = openChangeOf(partner);
		assertThatThrownBy(() -> accounts.as("channel", () -> changes.reject(proposed.id(), "")))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		TierChangeView rejected = accounts.as("channel", () -> changes.reject(proposed.id(), "New partner, give it time"));
		assertThat(rejected.status()).isEqualTo("REJECTED");
		assertThat(partners.find(partner.id()).orElseThrow().tier()).isEqualTo(PartnerTier.SILVER);
	}

	@Test
	void eachPartnerPersonAnswersTheSatisfactionQuestionOnceAQuarter() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		assertThat(accounts.as(partner.rep(), survey::current).answered()).isFalse();
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> survey.answer(11, null)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("score"));
		accounts.as(partner.rep(), () -> survey.answer(7, "ok"));
		assertThat(accounts.as(partner.rep(), survey::current).answer()).isEqualTo(7);
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> survey.answer(9, null)))
				.isInstanceOf(ConflictingRequestException.class);
		assertThatThrownBy(() -> accounts.as("channel", () -> survey.answer(9, null))).isInstanceOf(AccessDeniedException.class);

		var web = WebSession.loggedIn(mvc, partner.admin());
		String card = web.perform(get("/satisfaction-survey").header("HX-Request", "true")).getResponse().getContentAsString();
		assertThat(card).contains("How likely are you to recommend", "name=\"score\"");
		var bad = web.perform(post("/satisfaction-survey").header("HX-Request", "true").with(csrf())).getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("Choose a score from 0");
		String thanks = web.perform(post("/satisfaction-survey").param("score", "9").with(csrf())).getResponse()
				.getContentAsString();
		assertThat(thanks).contains("Thank you: your answer is saved");
	}

	@Test
	void theRubricIsTheSeedsAndOnlyAVendorAdminChangesItWithEachFieldChecked() throws Exception {
		TierRubric seed = TierRubric.seed();
		assertThat(rubrics.current()).isEqualTo(seed);
		String admin = accounts.apiToken("admin");
		mvc.perform(get("/api/v1/tier-rubric").header("Authorization", "Bearer " + admin)).andExpect(status().isOk())
				.andExpect(jsonPath("$.criteria[0].criterion").value("REVENUE"))
				.andExpect(jsonPath("$.criteria[0].maxPoints").value(30)).andExpect(jsonPath("$.goldFrom").value(55));
		String body = "{\"criteria\":[{\"criterion\":\"REVENUE\",\"bands\":[{\"from\":0,\"points\":5}]}],\"silverFrom\":30,"
				+ "\"goldFrom\":55,\"platinumFrom\":80,\"graceMonths\":3,\"revenueCurrency\":\"CAD\",\"allCertifications\":3}";
		mvc.perform(put("/api/v1/tier-rubric").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bands.REGISTRATIONS"));
		mvc.perform(put("/api/v1/tier-rubric").header("Authorization", "Bearer " + accounts.apiToken("channel"))
				.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
		assertThat(rubrics.current()).isEqualTo(seed);

		TierRubric longerGrace = new TierRubric(seed.bands(), 30, 55, 80, 6, "CAD", 3);
		try {
			assertThat(accounts.as("admin", () -> rubrics.change(longerGrace)).graceMonths()).isEqualTo(6);
			var web = WebSession.loggedIn(mvc, "admin");
			String page = web.perform(get("/admin/tier-rubric")).getResponse().getContentAsString();
			assertThat(page).contains("name=\"from[REVENUE][3]\"", "value=\"500000\"", "value=\"6\"");
			var refused = web.perform(post("/admin/tier-rubric").with(csrf()).param("from[REVENUE][0]", "0")
					.param("points[REVENUE][0]", "5").param("silverFrom", "30").param("goldFrom", "20").param("platinumFrom", "80")
					.param("graceMonths", "3").param("revenueCurrency", "CAD").param("allCertifications", "3")).getResponse();
			assertThat(refused.getStatus()).isEqualTo(400);
			assertThat(refused.getContentAsString()).contains("Registrations per quarter needs at least one band".replace(
					"Registrations per quarter", TierCriterion.REGISTRATIONS.label()));
			assertThat(rubrics.current().graceMonths()).as("nothing saved is lost").isEqualTo(6);
		}
		finally {
			accounts.as("admin", () -> rubrics.change(seed));
		}
	}

	@Test
	void aPartnerSeesOnlyItsOwnTierScoreInPagesAndApi() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		assessments.assess(assessmentDay());
		assertThatThrownBy(() -> accounts.as(other.admin(), () -> assessments.score(partner.id())))
				.isInstanceOf(NotFoundException.class);
		mvc.perform(get("/api/v1/partners/" + partner.id() + "/tier-score").header("Authorization", "Bearer "
				+ accounts.apiToken(other.rep()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/partners/" + partner.id() + "/tier-score").header("Authorization", "Bearer "
				+ accounts.apiToken(partner.rep()))).andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber())
				.andExpect(jsonPath("$.lines.length()").value(5));
		var web = WebSession.loggedIn(mvc, partner.rep());
		String page = web.perform(get("/partners/" + partner.id() + "/tier")).getResponse().getContentAsString();
		assertThat(page).contains("id=\"tier-score\"", "id=\"breakdown\"", "Partner-sourced revenue");
		assertThat(web.perform(get("/partners/" + other.id() + "/tier")).getResponse().getStatus()).isEqualTo(404);
		assertThat(web.perform(get("/tier")).getResponse().getRedirectedUrl()).isEqualTo("/partners/" + partner.id() + "/tier");
	}

	@Test
	void aCertificationOneOfItsPeopleHoldsMakesAPartnersTrainingAdvanced() {
		FreshPartner partner = accounts.freshPartner();
		training.heldBy(partner.rep());
		assessments.assess(assessmentDay());
		TierScore score = accounts.as(partner.admin(), () -> assessments.score(partner.id())).orElseThrow();
		assertThat(score.lines().get(2).value()).isEqualTo("Advanced: a certification held");
		assertThat(score.lines().get(2).points()).isEqualTo(10);
	}

	@Test
	void theJobsAreScheduled() {
		assertThat(context.containsBean("tierAssessmentTask")).isTrue();
		assertThat(context.containsBean("tierDowngradesTask")).isTrue();
		assertThat(assessments.today()).isEqualTo(LocalDate.now(clock.withZone(calendar.zone())));
		assertThatThrownBy(() -> accounts.as("channel", assessments::assessNow)).isInstanceOf(AccessDeniedException.class);
		assertThat(List.of(TierCriterion.values())).hasSize(5);
	}
}
