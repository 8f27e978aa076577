package org.concord.scoring;

import java.time.Instant;
import java.util.UUID;

/** A scorecard formula and where it applies: a partner type, a region, both, or (neither) every other partner. */
public record ScorecardFormulaView(UUID id, String partnerType, String region, String expression, Instant changedAt) {

	/** How specific it is: type and region 3, type 2, region 1, the default 0. */
	int specificity() {
		return (partnerType != null ? 2 : 0) + (region != null ? 1 : 0);
	}

	boolean appliesTo(String type, String partnerRegion) {
		return (partnerType == null || partnerType.equals(type))
				&& (region == null || region.equalsIgnoreCase(partnerRegion == null ? "" : partnerRegion));
	}
}
