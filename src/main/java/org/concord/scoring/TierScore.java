package org.concord.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner's tier score as its last assessment found it: each criterion's value, points and what the next band asks;
 * the total out of 100; its tier and the one it is eligible for; what the next tier needs; the change under way.
 */
public record TierScore(String partnerId, String partnerName, LocalDate assessedOn, List<CriterionScore> lines, int total,
		String currentTier, String eligibleTier, String nextTier, Integer pointsToNextTier, TierChangeView openChange) {

	/** One criterion: what was measured, the points it earned of its top points, and the band above it. */
	public record CriterionScore(String criterion, String label, String measure, String value, int points, int maxPoints,
			String next) {
	}
}
