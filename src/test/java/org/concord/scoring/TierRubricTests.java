package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.concord.partners.PartnerTier;
import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Seed 004's tier qualification rubric, with hand-computed figures and each band's edges. */
class TierRubricTests {

	private final TierRubric seed = TierRubric.seed();

	private int points(TierCriterion criterion, String value) {
		return seed.points(criterion, value == null ? null : new BigDecimal(value));
	}

	@Test
	void revenueEarns5To30PointsByTheSeedsBands() {
		assertThat(points(TierCriterion.REVENUE, "0")).isEqualTo(5);
		assertThat(points(TierCriterion.REVENUE, "49999.99")).isEqualTo(5);
		assertThat(points(TierCriterion.REVENUE, "50000")).isEqualTo(15);
		assertThat(points(TierCriterion.REVENUE, "149999")).isEqualTo(15);
		assertThat(points(TierCriterion.REVENUE, "150000")).isEqualTo(25);
		assertThat(points(TierCriterion.REVENUE, "500000")).isEqualTo(30);
		assertThat(points(TierCriterion.REVENUE, "9000000")).isEqualTo(30);
	}

	@Test
	void registrationsPerQuarterEarn2To15PointsAndTenIsStillTheSixToTenBand() {
		assertThat(points(TierCriterion.REGISTRATIONS, "0")).isEqualTo(2);
		assertThat(points(TierCriterion.REGISTRATIONS, "1")).isEqualTo(2);
		assertThat(points(TierCriterion.REGISTRATIONS, "2")).isEqualTo(8);
		assertThat(points(TierCriterion.REGISTRATIONS, "5")).isEqualTo(8);
		assertThat(points(TierCriterion.REGISTRATIONS, "6")).isEqualTo(12);
		assertThat(points(TierCriterion.REGISTRATIONS, "10")).isEqualTo(12);
		assertThat(points(TierCriterion.REGISTRATIONS, "11")).isEqualTo(15);
	}

	@Test
	void trainingEarnsNothingForNoneAndFifteenForAllCertifications() {
		assertThat(points(TierCriterion.TRAINING, String.valueOf(TierAssessment.trainingLevel(0, 0, 3)))).isZero();
		assertThat(points(TierCriterion.TRAINING, String.valueOf(TierAssessment.trainingLevel(2, 0, 3)))).as("basic").isEqualTo(5);
		assertThat(points(TierCriterion.TRAINING, String.valueOf(TierAssessment.trainingLevel(0, 1, 3)))).as("advanced").isEqualTo(10);
		assertThat(points(TierCriterion.TRAINING, String.valueOf(TierAssessment.trainingLevel(0, 3, 3)))).as("all").isEqualTo(15);
	}

	@Test
	void npsEarns5To20PointsAndNoAnswersEarnNothing() {
		assertThat(points(TierCriterion.NPS, null)).isZero();
		assertThat(points(TierCriterion.NPS, "-100")).isEqualTo(5);
		assertThat(points(TierCriterion.NPS, "29")).isEqualTo(5);
		assertThat(points(TierCriterion.NPS, "30")).isEqualTo(10);
		assertThat(points(TierCriterion.NPS, "50")).isEqualTo(15);
		assertThat(points(TierCriterion.NPS, "70")).isEqualTo(15);
		assertThat(points(TierCriterion.NPS, "71")).isEqualTo(20);
	}

	@Test
	void engagementOverNinetyDaysEarns5To20PointsAndFiftyIsStillStrong() {
		assertThat(points(TierCriterion.ENGAGEMENT, "14.5")).isEqualTo(5);
		assertThat(points(TierCriterion.ENGAGEMENT, "15")).isEqualTo(10);
		assertThat(points(TierCriterion.ENGAGEMENT, "30")).isEqualTo(15);
		assertThat(points(TierCriterion.ENGAGEMENT, "50")).isEqualTo(15);
		assertThat(points(TierCriterion.ENGAGEMENT, "50.5")).isEqualTo(20);
	}

	@Test
	void theNetPromoterScoreIsPromotersLessDetractorsOfAllAnswers() {
		assertThat(new Nps(0, 0, 0).score()).isNull();
		// 10, 9, 8, 7, 6: two promoters, one detractor, five answers
		assertThat(new Nps(5, 2, 1).score()).isEqualTo(20);
		assertThat(new Nps(3, 0, 3).score()).isEqualTo(-100);
		assertThat(new Nps(3, 2, 0).score()).as("66.7 rounds to 67").isEqualTo(67);
	}

	@Test
	void aHandComputedPartnerScores62AndIsGold() {
		// 60,000 won, 7 registrations in 90 days, training completed, NPS 50, engagement 42
		var partner = new TierAssessment(new BigDecimal("60000"), 7, 1, 50, 2, new BigDecimal("42"));
		assertThat(partner.points(seed)).containsExactlyInAnyOrderEntriesOf(Map.of(TierCriterion.REVENUE, 15,
				TierCriterion.REGISTRATIONS, 12, TierCriterion.TRAINING, 5, TierCriterion.NPS, 15, TierCriterion.ENGAGEMENT, 15));
		assertThat(partner.total(seed)).isEqualTo(62);
		assertThat(seed.tierFor(62)).isEqualTo(PartnerTier.GOLD);
	}

	@Test
	void theThresholdsAreTheSeeds() {
		assertThat(seed.tierFor(0)).isEqualTo(PartnerTier.BRONZE);
		assertThat(seed.tierFor(29)).isEqualTo(PartnerTier.BRONZE);
		assertThat(seed.tierFor(30)).isEqualTo(PartnerTier.SILVER);
		assertThat(seed.tierFor(54)).isEqualTo(PartnerTier.SILVER);
		assertThat(seed.tierFor(55)).isEqualTo(PartnerTier.GOLD);
		assertThat(seed.tierFor(79)).isEqualTo(PartnerTier.GOLD);
		assertThat(seed.tierFor(80)).isEqualTo(PartnerTier.PLATINUM);
		assertThat(seed.tierFor(100)).isEqualTo(PartnerTier.PLATINUM);
	}

	@Test
	void theTopPointsAreTheSeedsWeightsAndAddUpTo100() {
		assertThat(seed.maxPoints(TierCriterion.REVENUE)).isEqualTo(30);
		assertThat(seed.maxPoints(TierCriterion.REGISTRATIONS)).isEqualTo(15);
		assertThat(seed.maxPoints(TierCriterion.TRAINING)).isEqualTo(15);
		assertThat(seed.maxPoints(TierCriterion.NPS)).isEqualTo(20);
		assertThat(seed.maxPoints(TierCriterion.ENGAGEMENT)).isEqualTo(20);
		assertThat(seed.validated()).isSameAs(seed);
	}

	@Test
	void theNextBandTellsWhatTheNextPointsAsk() {
		assertThat(seed.nextBand(TierCriterion.REVENUE, new BigDecimal("60000"))).isEqualTo(new TierRubric.Band(new BigDecimal("150000"), 25));
		assertThat(seed.nextBand(TierCriterion.REVENUE, new BigDecimal("600000"))).isNull();
		assertThat(seed.from(PartnerTier.GOLD)).isEqualTo(55);
		assertThat(TierRubric.above(PartnerTier.GOLD)).isEqualTo(PartnerTier.PLATINUM);
		assertThat(TierRubric.above(PartnerTier.PLATINUM)).isNull();
	}

	@Test
	void aVendorMayMoveWeightFromOneCriterionToAnother() {
		Map<TierCriterion, List<TierRubric.Band>> bands = new EnumMap<>(seed.bands());
		bands.put(TierCriterion.REVENUE, List.of(new TierRubric.Band(BigDecimal.ZERO, 10), new TierRubric.Band(new BigDecimal("100000"), 40)));
		bands.put(TierCriterion.NPS, List.of(new TierRubric.Band(new BigDecimal("-100"), 0), new TierRubric.Band(new BigDecimal("50"), 10)));
		var changed = new TierRubric(bands, 25, 50, 75, 6, "USD", 2).validated();
		assertThat(changed.points(TierCriterion.REVENUE, new BigDecimal("120000"))).isEqualTo(40);
		assertThat(changed.tierFor(75)).isEqualTo(PartnerTier.PLATINUM);
	}

	@Test
	void aRubricThatDoesNotAddUpTo100OrWhoseThresholdsDoNotRiseIsRefusedNamingTheField() {
		Map<TierCriterion, List<TierRubric.Band>> bands = new EnumMap<>(seed.bands());
		bands.put(TierCriterion.REVENUE, List.of(new TierRubric.Band(BigDecimal.ZERO, 5)));
		assertField(new TierRubric(bands, 30, 55, 80, 3, "CAD", 3), "bands");
		assertField(new TierRubric(seed.bands(), 55, 55, 80, 3, "CAD", 3), "thresholds");
		assertField(new TierRubric(seed.bands(), 30, 55, 101, 3, "CAD", 3), "thresholds");
		assertField(new TierRubric(seed.bands(), 30, 55, 80, -1, "CAD", 3), "graceMonths");
		assertField(new TierRubric(seed.bands(), 30, 55, 80, 3, "dollars", 3), "revenueCurrency");
		Map<TierCriterion, List<TierRubric.Band>> falling = new EnumMap<>(seed.bands());
		falling.put(TierCriterion.NPS, List.of(new TierRubric.Band(BigDecimal.ZERO, 20), new TierRubric.Band(BigDecimal.TEN, 5)));
		assertField(new TierRubric(falling, 30, 55, 80, 3, "CAD", 3), "bands.NPS");
		Map<TierCriterion, List<TierRubric.Band>> missing = new EnumMap<>(seed.bands());
		missing.remove(TierCriterion.TRAINING);
		assertField(new TierRubric(missing, 30, 55, 80, 3, "CAD", 3), "bands.TRAINING");
	}

	private static void assertField(TierRubric rubric, String field) {
		assertThatThrownBy(rubric::validated).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}
}
