package org.concord.leads;

import java.util.Set;

import org.concord.partners.PartnerType;

/**
 * The vendor's routing settings. Only partners of the lead types receive leads. Rules apply in this order: partner level (tier), area (territory), expertise;
 * then fairness among equals (fewest open leads, then whoever waited longest for an offer).
 */
public record RoutingRules(RuleMode tier, int minimumTierRank, RuleMode territory, double maxDistanceKm,
		RuleMode expertise, Set<PartnerType> leadTypes) {

	/** The program's partner types that receive leads: Sales and Application Partners (seeds 000/001). */
	public static final Set<PartnerType> SEED_LEAD_TYPES = Set.of(PartnerType.SALES_PARTNER, PartnerType.APPLICATION_PARTNER);

	public static RoutingRules defaults() {
		return new RoutingRules(RuleMode.PREFERRED, 0, RuleMode.REQUIRED, 150, RuleMode.PREFERRED, SEED_LEAD_TYPES);
	}
}
