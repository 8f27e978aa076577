package org.concord.leads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Proposes partners for a lead, in order: partner level (tier), area (territory: country, region, postal
 * prefix, or distance), expertise (product, industry, certification), then fairness among equals (fewest open
 * leads, then longest since the last offer: a round robin). Partners who declined the lead, are at capacity
 * or have lead flow switched off are passed over. A required rule drops whoever does not meet it (nobody left:
 * a channel manager assigns); a preferred rule ranks whoever meets it first, and is skipped when nobody does.
 * Pure and in memory: it explains every choice.
 */
public final class RoutingEngine {

	private RoutingEngine() {
	}

	public static RoutingProposal propose(LeadProfile lead, List<Candidate> candidates, RoutingRules rules) {
		List<RoutingProposal.PassedOver> passed = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<Candidate> pool = new ArrayList<>();
		for (Candidate c : candidates) {
			String out = !rules.leadTypes().contains(c.type()) ? "is a " + c.type().label() + ": leads go to " + typeLabels(rules)
					: lead.declinedBy().contains(c.id()) ? "passed on this lead already"
					: !c.leadFlowOn() ? "has lead flow switched off"
							: c.openLeads() >= c.capacity() ? "is at capacity (" + c.openLeads() + " open leads)" : null;
			if (out == null) {
				pool.add(c);
			}
			else {
				passed.add(new RoutingProposal.PassedOver(c.id(), c.name(), out));
			}
		}
		List<Rule> applied = new ArrayList<>();
		for (Rule rule : rules(lead, rules)) {
			if (rule.mode == RuleMode.OFF) {
				continue;
			}
			List<Candidate> meeting = pool.stream().filter(rule.test).toList();
			if (rule.mode == RuleMode.REQUIRED) {
				pool.stream().filter(rule.test.negate()).forEach(c -> passed.add(new RoutingProposal.PassedOver(c.id(),
						c.name(), "does not meet the required " + rule.name)));
				pool = new ArrayList<>(meeting);
				if (pool.isEmpty()) {
					notes.add("Nobody meets the required " + rule.name + ": a channel manager assigns this lead.");
					return new RoutingProposal(List.of(), passed, true, notes);
				}
				applied.add(rule);
			}
			else if (meeting.isEmpty()) {
				notes.add("Nobody meets the preferred " + rule.name + ": rule skipped.");
			}
			else {
				applied.add(rule);
			}
		}
		Comparator<Candidate> order = Comparator.comparingInt(c -> 0);
		for (Rule rule : applied) {
			order = order.thenComparing(c -> rule.test.test(c) ? 0 : 1);
			if (rule.name.equals(TIER)) {
				order = order.thenComparing(Comparator.comparingInt(Candidate::tierRank).reversed());
			}
		}
		order = order.thenComparingInt(Candidate::openLeads)
				.thenComparing(c -> c.lastOfferedAt() == null ? Instant.MIN : c.lastOfferedAt())
				.thenComparing(c -> c.id().value());
		List<Candidate> ranked = pool.stream().sorted(order).toList();
		List<RoutingProposal.Ranked> ranking = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Candidate c = ranked.get(i);
			List<String> reasons = new ArrayList<>();
			for (Rule rule : applied) {
				reasons.add((rule.test.test(c) ? "meets " : "misses ") + rule.name + ": " + rule.describe.apply(c));
			}
			reasons.add(c.openLeads() + " open lead(s); last offer " + (c.lastOfferedAt() == null ? "never" : c.lastOfferedAt()));
			ranking.add(new RoutingProposal.Ranked(c.id(), c.name(), i + 1, reasons));
		}
		return new RoutingProposal(ranking, passed, false, notes);
	}

	private static final String TIER = "partner level";

	private static String typeLabels(RoutingRules rules) {
		return rules.leadTypes().stream().map(t -> t.label()).sorted().reduce((a, b) -> a + " and " + b).orElse("nobody");
	}

	private record Rule(String name, RuleMode mode, Predicate<Candidate> test,
			java.util.function.Function<Candidate, String> describe) {
	}

	private static List<Rule> rules(LeadProfile lead, RoutingRules rules) {
		return List.of(
				new Rule(TIER, rules.tier(), c -> c.tierRank() >= rules.minimumTierRank(), c -> "tier " + c.tierName()),
				new Rule("area", rules.territory(), c -> inTerritory(lead, c, rules.maxDistanceKm()),
						c -> c.region() + ", " + c.country() + distanceNote(lead, c)),
				new Rule("expertise", rules.expertise(), c -> hasExpertise(lead, c),
						c -> "sells " + String.join("/", c.products()) + (lead.industry() == null ? "" : ", industries " + c.industries())));
	}

	static boolean inTerritory(LeadProfile lead, Candidate c, double maxDistanceKm) {
		if (lead.country() == null || !lead.country().equalsIgnoreCase(c.country())) {
			return false;
		}
		boolean sameRegion = lead.region() != null && lead.region().equalsIgnoreCase(c.region());
		String postal = lead.postalCode() == null ? "" : lead.postalCode().replace(" ", "").toUpperCase(Locale.ROOT);
		boolean postalMatch = !postal.isEmpty() && c.postalPrefixes().stream()
				.anyMatch(prefix -> postal.startsWith(prefix.replace(" ", "").toUpperCase(Locale.ROOT)));
		Double km = distanceKm(lead, c);
		return sameRegion || postalMatch || (km != null && km <= maxDistanceKm);
	}

	static boolean hasExpertise(LeadProfile lead, Candidate c) {
		return (lead.product() == null || c.products().contains(lead.product()))
				&& (lead.industry() == null || c.industries().contains(lead.industry()))
				&& (lead.certification() == null || c.certifications().contains(lead.certification()));
	}

	/** Great-circle distance, or null when either side has no coordinates. */
	static Double distanceKm(LeadProfile lead, Candidate c) {
		if (lead.latitude() == null || lead.longitude() == null || c.latitude() == null || c.longitude() == null) {
			return null;
		}
		double dLat = Math.toRadians(c.latitude() - lead.latitude());
		double dLon = Math.toRadians(c.longitude() - lead.longitude());
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lead.latitude()))
				* Math.cos(Math.toRadians(c.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	private static String distanceNote(LeadProfile lead, Candidate c) {
		Double km = distanceKm(lead, c);
		return km == null ? "" : String.format(Locale.ROOT, " (%.0f km away)", km);
	}
}
