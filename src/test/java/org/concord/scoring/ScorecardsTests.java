package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypeDetails;
import org.concord.partners.PartnerTypes;
import org.concord.registrations.Deals;
import org.concord.registrations.RegistrationFixtures;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.training.TrainingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The channel scorecard on real data: KPIs per partner, the formula of its type, its rank and percentile among the
 * partners of its type, its own scorecard in scope, the vendor's ranking, and the formulas and targets a vendor admin sets.
 */
@ConcordIntegrationTest
class ScorecardsTests {

	@Autowired
	Scorecards scorecards;

	@Autowired
	PartnerTypes types;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	Deals deals;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void partnersOfATypeAreRankedByTheTypesFormulaAndEachSeesOnlyItsOwnScorecard() throws Exception {
		// a type of this test's own, so that its three partners are the only peers
		String type = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		accounts.as("admin", () -> types.add(type, new PartnerTypeDetails("Type " + type, false, false)));
		FreshPartner first = accounts.freshPartner(type, PartnerTier.SILVER, "NS");
		FreshPartner second = accounts.freshPartner(type, PartnerTier.SILVER, "NS");
		FreshPartner third = accounts.freshPartner(type, PartnerTier.SILVER, "NS");
		training.heldBy(first.rep());
		training.heldBy(first.admin());
		training.heldBy(second.rep());
		var deal = fixtures.approved(first.rep(), RegistrationFixtures.Prospect.fresh());
		accounts.as(first.rep(), () -> deals.markWon(deal.id(), "Signed"));
		fixtures.approved(second.rep(), RegistrationFixtures.Prospect.fresh()); // open pipeline: CAD 1,250 MRR
		accounts.as("admin", () -> scorecards.setFormula(type, null, "certifications * 10 + revenue / 1000 + pipeline / 1000"));

		scorecards.compute(scorecards.today().plusDays(1));

		ScorecardView best = accounts.as(first.admin(), () -> scorecards.of(first.id())).orElseThrow();
		// 2 certifications x 10 + 15,000 / 1,000 = 35
		assertThat(best.score()).isEqualByComparingTo("35");
		assertThat(best.rank()).isEqualTo(1);
		assertThat(best.peers()).isEqualTo(3);
		assertThat(best.percentile()).isEqualTo(100);
		ScorecardView middle = accounts.as(second.rep(), () -> scorecards.of(second.id())).orElseThrow();
		// 1 x 10 + 15,000 / 1,000 of pipeline = 25
		assertThat(middle.score()).isEqualByComparingTo("25");
		assertThat(middle.rank()).isEqualTo(2);
		assertThat(middle.percentile()).isEqualTo(50);
		ScorecardView last = accounts.as(third.rep(), () -> scorecards.of(third.id())).orElseThrow();
		assertThat(last.rank()).isEqualTo(3);
		assertThat(last.percentile()).isZero();
		assertThat(best.kpis()).filteredOn(k -> k.kpi().equals("CERTIFICATIONS")).singleElement()
				.satisfies(k -> assertThat(k.met()).as("2 against the target of 2").isTrue());
		assertThat(last.kpis()).filteredOn(k -> k.kpi().equals("REVENUE")).singleElement()
				.satisfies(k -> assertThat(k.met()).isFalse());

		assertThatThrownBy(() -> accounts.as(second.rep(), () -> scorecards.of(first.id()))).isInstanceOf(NotFoundException.class);
		var ranking = accounts.as("channel", () -> scorecards.ranking(type, 0, 10));
		assertThat(ranking.content()).extracting(ScorecardView::partnerId).containsExactly(first.id().toString(),
				second.id().toString(), third.id().toString());
		assertThat(ranking.content().getFirst().partnerName()).startsWith("Test Partner");
		mvc.perform(get("/api/v1/partners/" + second.id() + "/scorecard").header("Authorization", "Bearer "
				+ accounts.apiToken(second.rep()))).andExpect(status().isOk()).andExpect(jsonPath("$.rank").value(2))
				.andExpect(jsonPath("$.peers").value(3)).andExpect(jsonPath("$.partnerName").isString());
		String page = new String(mvc.perform(get("/api/v1/partners/" + second.id() + "/scorecard").header("Authorization",
				"Bearer " + accounts.apiToken(second.rep()))).andReturn().getResponse().getContentAsByteArray());
		assertThat(page).as("no peer is named").doesNotContain(first.id().toString());
	}

	@Test
	void onlyAVendorAdminSetsFormulasAndTargetsAndABadFormulaIsRefusedNamingTheField() throws Exception {
		assertThatThrownBy(() -> accounts.as("channel", () -> scorecards.setFormula(null, "ON", "revenue")))
				.isInstanceOf(AccessDeniedException.class);
		mvc.perform(post("/api/v1/scorecard-formulas").header("Authorization", "Bearer " + accounts.apiToken("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"ON\",\"expression\":\"revenue + T(java.lang.System).exit(0)\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expression"));
		assertThatThrownBy(() -> accounts.as("admin", () -> scorecards.setFormula("NO_SUCH_TYPE", null, "revenue")))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("partnerType"));
		String region = "R" + UUID.randomUUID().toString().substring(0, 6);
		ScorecardFormulaView set = accounts.as("admin", () -> scorecards.setFormula(null, region, "engagement * 2"));
		accounts.as("admin", () -> scorecards.setFormula(null, region, "engagement * 3"));
		assertThat(scorecards.formulas()).filteredOn(f -> region.equals(f.region())).singleElement()
				.satisfies(f -> assertThat(f.expression()).as("replaced, not added").isEqualTo("engagement * 3"));
		assertThatThrownBy(() -> accounts.as("admin", () -> scorecards.removeFormula(set.id()))).isInstanceOf(NotFoundException.class);
		ScorecardFormulaView fallback = scorecards.formulas().getFirst();
		assertThatThrownBy(() -> accounts.as("admin", () -> scorecards.removeFormula(fallback.id())))
				.isInstanceOf(InvalidInputException.class);

		Map<ScorecardKpi, BigDecimal> before = scorecards.targets();
		assertThatThrownBy(() -> accounts.as("admin", () -> scorecards.setTargets(Map.of(ScorecardKpi.REVENUE,
				new BigDecimal("-1"))))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("targets.REVENUE"));
		assertThat(scorecards.targets()).isEqualTo(before);
		try {
			assertThat(accounts.as("admin", () -> scorecards.setTargets(Map.of(ScorecardKpi.ENGAGEMENT, new BigDecimal("30")))))
					.containsEntry(ScorecardKpi.ENGAGEMENT, new BigDecimal("30"));
		}
		finally {
			accounts.as("admin", () -> scorecards.setTargets(before));
		}
	}
}
