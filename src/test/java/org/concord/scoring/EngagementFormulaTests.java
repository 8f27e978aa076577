package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Seed 004's engagement formulas, with the seed's own worked examples. */
class EngagementFormulaTests {

	@Test
	void theSeedsScore12Logins3Registrations2TrainingAnd8DownloadsIs37() {
		var formula = new EngagementFormula(12, 8, 3, 0, 2, 0, 0);
		assertThat(formula.score()).isEqualByComparingTo("37");
		assertThat(formula.band()).isEqualTo(EngagementFormula.Band.STRONG);
	}

	@Test
	void theSeedsSilverResellerScores33AndAHalfInTheThreePartModel() {
		// 8 logins, 5 downloads, 2 registrations, 1 deal won, 1 training module
		var formula = new EngagementFormula(8, 5, 2, 1, 1, 0, 0);
		assertThat(formula.activity()).isEqualByComparingTo("10.5");
		assertThat(formula.performance()).isEqualByComparingTo("20");
		assertThat(formula.commitment()).isEqualByComparingTo("3");
		assertThat(formula.threePartTotal()).isEqualByComparingTo("33.5");
		assertThat(formula.score()).as("the simple score: 8 + 10 + 3 + 2.5").isEqualByComparingTo("23.5");
	}

	@Test
	void certificationsAndEventsCountAsCommitment() {
		assertThat(new EngagementFormula(0, 0, 0, 0, 1, 2, 3).commitment())
				.isEqualByComparingTo(BigDecimal.valueOf(3 + 2 * EngagementFormula.PER_CERTIFICATION + 3 * EngagementFormula.PER_EVENT));
	}

	@Test
	void theBandsAreTheSeeds() {
		assertThat(EngagementFormula.Band.of(new BigDecimal("9.5"))).isEqualTo(EngagementFormula.Band.DISENGAGED);
		assertThat(EngagementFormula.Band.of(new BigDecimal("10"))).isEqualTo(EngagementFormula.Band.MODERATE);
		assertThat(EngagementFormula.Band.of(new BigDecimal("24.5"))).isEqualTo(EngagementFormula.Band.MODERATE);
		assertThat(EngagementFormula.Band.of(new BigDecimal("25"))).isEqualTo(EngagementFormula.Band.STRONG);
		assertThat(EngagementFormula.Band.of(new BigDecimal("50"))).isEqualTo(EngagementFormula.Band.STRONG);
		assertThat(EngagementFormula.Band.of(new BigDecimal("50.5"))).isEqualTo(EngagementFormula.Band.TOP);
	}
}
