package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Scorecard formulas: arithmetic over the KPIs by name, nothing else; the most specific formula applies. */
class ScorecardFormulaTests {

	private static Map<ScorecardKpi, BigDecimal> kpis(String revenue, String pipeline, String engagement, long certifications,
			long misses, long conflicts) {
		Map<ScorecardKpi, BigDecimal> kpis = new EnumMap<>(ScorecardKpi.class);
		kpis.put(ScorecardKpi.REVENUE, new BigDecimal(revenue));
		kpis.put(ScorecardKpi.PIPELINE, new BigDecimal(pipeline));
		kpis.put(ScorecardKpi.ENGAGEMENT, new BigDecimal(engagement));
		kpis.put(ScorecardKpi.CERTIFICATIONS, BigDecimal.valueOf(certifications));
		kpis.put(ScorecardKpi.CONTACT_MISSES, BigDecimal.valueOf(misses));
		kpis.put(ScorecardKpi.CONFLICTS, BigDecimal.valueOf(conflicts));
		return kpis;
	}

	@Test
	void theDefaultFormulaScoresAHandComputedPartner() throws Exception {
		var formula = ScorecardFormula.parse("revenue / 10000 + pipeline / 20000 + engagement + certifications * 5"
				+ " - contact_misses * 2 - conflicts * 3");
		// 60,000 / 10,000 + 100,000 / 20,000 + 33.5 + 2 x 5 - 1 x 2 - 1 x 3 = 6 + 5 + 33.5 + 10 - 2 - 3 = 49.5
		assertThat(formula.score(kpis("60000", "100000", "33.5", 2, 1, 1))).isEqualByComparingTo("49.5");
		assertThat(ScorecardFormula.parse("MAX(revenue, pipeline) / 1000 + ROUND(engagement, 0)")
				.score(kpis("60000", "100000", "33.5", 0, 0, 0))).isEqualByComparingTo("134");
	}

	@Test
	void aFormulaNamingAnythingButTheKpisOrGivingNoNumberIsRefusedNamingTheField() {
		for (String bad : List.of("revenue + salary", "PI * revenue", "\"text\"", "revenue +", "RANDOM()",
				"STR_UPPER(\"a\")", "DT_NOW()", " ", "x".repeat(1001))) {
			assertThatThrownBy(() -> ScorecardFormula.parse(bad)).as(bad).isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("expression"));
		}
		assertThatThrownBy(() -> ScorecardFormula.parse("revenue + salary")).hasMessageContaining("Unknown name salary");
	}

	@Test
	void aDivisionByAKpiThatIsZeroLeavesThatPartnerWithoutAScore() {
		var formula = ScorecardFormula.parse("revenue / contact_misses");
		assertThatThrownBy(() -> formula.score(kpis("10", "0", "0", 0, 0, 0))).isNotNull();
	}

	@Test
	void theMostSpecificFormulaApplies() {
		var any = new ScorecardFormulaView(null, null, null, "revenue", null);
		var resellers = new ScorecardFormulaView(null, "RESELLER", null, "pipeline", null);
		var ontario = new ScorecardFormulaView(null, null, "ON", "engagement", null);
		var ontarioResellers = new ScorecardFormulaView(null, "RESELLER", "ON", "conflicts", null);
		var all = List.of(any, resellers, ontario, ontarioResellers);
		assertThat(Scorecards.formulaFor(all, "RESELLER", "ON")).isEqualTo(ontarioResellers);
		assertThat(Scorecards.formulaFor(all, "RESELLER", "NS")).isEqualTo(resellers);
		assertThat(Scorecards.formulaFor(all, "OEM", "on")).isEqualTo(ontario);
		assertThat(Scorecards.formulaFor(all, "OEM", null)).isEqualTo(any);
	}
}
