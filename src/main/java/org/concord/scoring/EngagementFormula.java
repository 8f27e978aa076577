package org.concord.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Seed 004's engagement scoring, on one partner's counts for a period. The score: logins x 1 + deal registrations x 5
 * + training completions x 3 + downloads x 0.5. Beside it the three-part model: activity (logins x 1 + downloads
 * x 0.5), performance (registrations x 5 + deals won x 10) and commitment (training x 3 + certifications held x
 * {@value #PER_CERTIFICATION} + events attended x {@value #PER_EVENT}; the seed names them without weights).
 */
record EngagementFormula(long logins, long downloads, long registrations, long won, long training, long certifications,
		long events) {

	static final int PER_CERTIFICATION = 5;
	static final int PER_EVENT = 2;

	/** The seed's bands: under 10 disengaged, 10 to 25 moderate, 25 to 50 strong (a Gold candidate), over 50 top. */
	enum Band {
		DISENGAGED("Disengaged"), MODERATE("Moderate"), STRONG("Strong: a Gold candidate"), TOP("Top performer");

		private final String label;

		Band(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

		static Band of(BigDecimal score) {
			if (score.compareTo(BigDecimal.TEN) < 0) {
				return DISENGAGED;
			}
			if (score.compareTo(BigDecimal.valueOf(25)) < 0) {
				return MODERATE;
			}
			return score.compareTo(BigDecimal.valueOf(50)) <= 0 ? STRONG : TOP;
		}
	}

	BigDecimal score() {
		return points(logins + registrations * 5 + training * 3).add(half(downloads));
	}

	BigDecimal activity() {
		return points(logins).add(half(downloads));
	}

	BigDecimal performance() {
		return points(registrations * 5 + won * 10);
	}

	BigDecimal commitment() {
		return points(training * 3 + certifications * PER_CERTIFICATION + events * PER_EVENT);
	}

	BigDecimal threePartTotal() {
		return activity().add(performance()).add(commitment());
	}

	Band band() {
		return Band.of(score());
	}

	private static BigDecimal points(long points) {
		return BigDecimal.valueOf(points).setScale(1, RoundingMode.UNNECESSARY);
	}

	private static BigDecimal half(long count) {
		return BigDecimal.valueOf(count).multiply(new BigDecimal("0.5")).setScale(1, RoundingMode.UNNECESSARY);
	}
}
