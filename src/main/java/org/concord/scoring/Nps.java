package org.concord.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A net promoter score from 0–10 answers: the share of promoters (9 or 10) less the share of detractors (0 to 6), in
 * points from -100 to 100, rounded to a whole point. No answers, no score.
 */
record Nps(long answers, long promoters, long detractors) {

	Integer score() {
		if (answers == 0) {
			return null;
		}
		return BigDecimal.valueOf((promoters - detractors) * 100L).divide(BigDecimal.valueOf(answers), 0, RoundingMode.HALF_UP)
				.intValueExact();
	}

	static Nps none() {
		return new Nps(0, 0, 0);
	}
}
