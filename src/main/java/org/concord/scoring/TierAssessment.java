package org.concord.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one partner measured on each criterion on the day of an assessment: revenue won in the trailing year (in the
 * rubric's currency), registrations in the trailing 90 days, its training level (0 none to 3 all certifications), its
 * NPS (none without answers) and its engagement score over the trailing 90 days.
 */
record TierAssessment(BigDecimal revenue, long registrations, int trainingLevel, Integer nps, long npsAnswers,
		BigDecimal engagement) {

	/** The training level: all certifications, one certification, training completed this year, or none. */
	static int trainingLevel(long trainingThisYear, long certificationsHeld, int allCertifications) {
		if (certificationsHeld >= allCertifications) {
			return 3;
		}
		if (certificationsHeld > 0) {
			return 2;
		}
		return trainingThisYear > 0 ? 1 : 0;
	}

	BigDecimal value(TierCriterion criterion) {
		return switch (criterion) {
			case REVENUE -> revenue;
			case REGISTRATIONS -> BigDecimal.valueOf(registrations);
			case TRAINING -> BigDecimal.valueOf(trainingLevel);
			case NPS -> nps == null ? null : BigDecimal.valueOf(nps);
			case ENGAGEMENT -> engagement;
		};
	}

	Map<TierCriterion, Integer> points(TierRubric rubric) {
		Map<TierCriterion, Integer> points = new EnumMap<>(TierCriterion.class);
		for (TierCriterion criterion : TierCriterion.values()) {
			points.put(criterion, rubric.points(criterion, value(criterion)));
		}
		return points;
	}

	int total(TierRubric rubric) {
		return points(rubric).values().stream().mapToInt(Integer::intValue).sum();
	}
}
