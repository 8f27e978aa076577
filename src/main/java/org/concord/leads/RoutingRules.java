package org.concord.leads;

/**
 * The vendor's routing settings. Only partners whose type takes vendor leads receive them. Rules apply in this order: partner level (tier), area (territory), expertise;
 * then fairness among equals (fewest open leads, then whoever waited longest for an offer).
 */
public record RoutingRules(RuleMode tier, int minimumTierRank, RuleMode territory, double maxDistanceKm,
		RuleMode expertise) {

	public static RoutingRules defaults() {
		return new RoutingRules(RuleMode.PREFERRED, 0, RuleMode.REQUIRED, 150, RuleMode.PREFERRED);
	}
}
