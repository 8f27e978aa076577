package org.concord.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.commissions.ForecastMonth;
import org.concord.commissions.Statements;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.registrations.RegistrationFixtures;
import org.concord.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Deals room: a board of open deals by stage, moved on in one click by the partner who works them (nobody else's),
 * and a forecast by month of expected close with MRR and expected commission that adds up to the pipeline's.
 */
@ConcordIntegrationTest
class DealsRoomTests {

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	Statements statements;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void theBoardShowsOpenDealsByStageAndMovesAPartnersOwnDealOnInOneClick() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		UUID deal = registrations.approved(partner.rep(), RegistrationFixtures.Prospect.fresh()).id().value();
		String company = jdbc.queryForObject("select company_name from registration where id = ?", String.class, deal);
		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		String board = rep.perform(get("/deals/board")).getResponse().getContentAsString();
		assertThat(section(board, "stage-QUALIFIED")).contains(company).contains("Demo →");

		String moved = rep.perform(post("/deals/board/" + deal + "/stage").with(csrf()).param("stage", "DEMO")
				.header("HX-Request", "true")).getResponse().getContentAsString();
		assertThat(moved).doesNotContain("<html");
		assertThat(section(moved, "stage-DEMO")).contains(company);
		assertThat(section(moved, "stage-QUALIFIED")).doesNotContain(company);
		assertThat(jdbc.queryForObject("select stage from registration where id = ?", String.class, deal)).isEqualTo("DEMO");

		FreshPartner other = accounts.freshPartner();
		WebSession stranger = WebSession.loggedIn(mvc, other.rep());
		assertThat(stranger.perform(get("/deals/board")).getResponse().getContentAsString()).doesNotContain(company);
		assertThat(stranger.perform(post("/deals/board/" + deal + "/stage").with(csrf()).param("stage", "PROPOSAL")
				.header("HX-Request", "true")).getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.queryForObject("select stage from registration where id = ?", String.class, deal)).isEqualTo("DEMO");
	}

	@Test
	void theForecastGroupsOpenDealsByMonthOfExpectedCloseAndAddsUpToThePipeline() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		UUID first = registrations.approved(partner.rep(), RegistrationFixtures.Prospect.fresh()).id().value();
		registrations.approved(partner.rep(), RegistrationFixtures.Prospect.fresh());
		LocalDate lastMonth = LocalDate.now(clock).minusMonths(1).withDayOfMonth(15);
		// a deal left open past its expected close (the registration and its partner rows' copy, as V34 keeps them)
		jdbc.update("update registration set expected_close_date = ? where id = ?", lastMonth, first);
		jdbc.update("update registration_partner set expected_close_date = ? where registration_id = ?", lastMonth, first);

		List<ForecastMonth> months = accounts.as(partner.rep(), statements::forecast);
		assertThat(months).hasSize(2);
		assertThat(months.get(0).month()).isEqualTo(YearMonth.from(lastMonth));
		assertThat(months.get(0).overdue()).isTrue();
		assertThat(months.get(0).mrr()).isEqualTo(Money.of(new java.math.BigDecimal("1250.00"), "CAD"));
		assertThat(months.get(1).overdue()).isFalse();
		assertThat(months.stream().mapToLong(ForecastMonth::deals).sum()).isEqualTo(2);
		Money forecastCommission = months.get(0).expectedCommission().plus(months.get(1).expectedCommission());
		assertThat(forecastCommission).isEqualTo(accounts.as(partner.rep(), statements::expectedOnPipeline).get(0));
		assertThat(forecastCommission.isPositive()).isTrue();

		String page = WebSession.loggedIn(mvc, partner.rep()).perform(get("/deals/forecast")).getResponse().getContentAsString();
		assertThat(page).contains("CAD 1,250.00").contains("past");
		String api = mvc.perform(get("/api/v1/deals/forecast").header("Authorization", "Bearer " + accounts.apiToken(partner.admin())))
				.andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"overdue\":true").contains("\"deals\":1");
		FreshPartner other = accounts.freshPartner();
		assertThat(accounts.as(other.rep(), statements::forecast)).isEmpty();
	}

	/** The markup of one board column. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		int end = html.indexOf("</section>", start);
		return html.substring(start, end);
	}
}
