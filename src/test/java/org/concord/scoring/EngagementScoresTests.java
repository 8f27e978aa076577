package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.partners.ScoredPartners;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly scoring run: every counted partner's score from its people's engagement in the month, kept as a
 * snapshot with its band and the change from the month before; test data left out; read in scope.
 */
@ConcordIntegrationTest
class EngagementScoresTests {

	@Autowired
	EngagementScores scores;

	@Autowired
	ScoredPartners scored;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TestAccounts accounts;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	java.time.Clock clock;

	private void engaged(String username, EngagementKind kind, int times, Instant at) {
		UserId person = new UserId(accounts.idOf(username));
		PartnerId partner = accounts.partnerOf(username);
		for (int i = 0; i < times; i++) {
			events.publishEvent(new EngagementRecorded(person, partner, kind, "subject " + i, at));
		}
	}

	@Test
	void aMonthsSnapshotScoresEachPartnerFromItsPeoplesEngagementInThatMonthWithTheTrend() throws Exception {
		ZoneId zone = calendar.zone();
		YearMonth february = YearMonth.of(2019, 2);
		YearMonth march = YearMonth.of(2019, 3);
		Instant inFebruary = february.atDay(10).atStartOfDay(zone).toInstant();
		Instant inMarch = march.atDay(10).atStartOfDay(zone).toInstant();
		var partner = accounts.freshPartner();
		var test = accounts.freshPartner();
		accounts.as("channel", () -> scored.markTestData(test.id(), true));
		engaged(partner.rep(), EngagementKind.LOGIN, 2, inFebruary);
		// the seed's example, spread over the partner's two people: 12 logins, 3 registrations, 2 training, 8 downloads
		engaged(partner.rep(), EngagementKind.LOGIN, 7, inMarch);
		engaged(partner.admin(), EngagementKind.LOGIN, 5, inMarch);
		engaged(partner.rep(), EngagementKind.REGISTRATION, 3, inMarch);
		engaged(partner.rep(), EngagementKind.TRAINING, 2, inMarch);
		engaged(partner.admin(), EngagementKind.DOWNLOAD, 8, inMarch);
		engaged(partner.rep(), EngagementKind.WON, 1, inMarch);
		engaged(partner.rep(), EngagementKind.LOGIN, 4, march.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()); // April
		engaged(test.rep(), EngagementKind.LOGIN, 50, inMarch);

		scores.snapshot(february);
		int scoredPartners = scores.snapshot(march);

		List<EngagementScoreView> history = accounts.as(partner.admin(), () -> scores.history(partner.id()));
		assertThat(history).extracting(EngagementScoreView::month).containsExactly(march, february);
		EngagementScoreView now = history.getFirst();
		assertThat(now.score()).isEqualByComparingTo("37");
		assertThat(now.band()).isEqualTo("STRONG");
		assertThat(now.logins()).isEqualTo(12);
		assertThat(now.performance()).as("3 x 5 + 1 won x 10").isEqualByComparingTo("25");
		assertThat(now.change()).as("37 against February's 2").isEqualByComparingTo("35");
		assertThat(now.trend()).isEqualTo("up");
		assertThat(history.getLast().trend()).isEqualTo("new");

		var month = accounts.as("channel", () -> scores.month(march, 0, 100));
		assertThat(month.totalElements()).isEqualTo(scoredPartners);
		assertThat(accounts.as("channel", () -> scores.month(march, 0, 100).content())).extracting(EngagementScoreView::partnerId)
				.doesNotContain(test.id().toString());
		assertThat(scored.all()).doesNotContain(test.id()).contains(partner.id());
		assertThatThrownBy(() -> accounts.as(accounts.freshPartner().admin(), () -> scores.history(partner.id())))
				.isInstanceOf(NotFoundException.class);

		String page = WebSession.loggedIn(mvc, "channel").perform(get("/engagement-scores").param("month", "2019-03"))
				.getResponse().getContentAsString();
		assertThat(page).contains("Partner engagement", "Strong: a Gold candidate");
		String profile = WebSession.loggedIn(mvc, partner.rep()).perform(get("/partners/" + partner.id()))
				.getResponse().getContentAsString();
		assertThat(profile).contains("id=\"section-engagement\"", "Score 2019-03");
	}

	@Test
	void theMonthlyRunIsScheduledAndScoresTheMonthBefore() {
		assertThat(context.containsBean("engagementScoresTask")).isTrue();
		YearMonth thisMonth = YearMonth.from(java.time.LocalDate.now(clock.withZone(calendar.zone())));
		assertThat(scores.lastMonth()).isEqualTo(thisMonth.minusMonths(1));
		assertThatThrownBy(() -> accounts.as("admin", () -> scores.recompute(thisMonth.plusMonths(1))))
				.isInstanceOfSatisfying(org.concord.shared.InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("month"));
		assertThatThrownBy(() -> accounts.as("channel", () -> scores.recompute(thisMonth)))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}
}
