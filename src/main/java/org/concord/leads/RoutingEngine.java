package org.concord.leads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.concord.shared.PartnerId;

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

	/** How busy a partner is: its open leads, and when it was last offered one (null: never). */
	public record Workload(int openLeads, Instant lastOffered) {
	}

	/** Ranks with each candidate's own {@link Candidate#openLeads()} and {@link Candidate#lastOfferedAt()}. */
	public static RoutingProposal propose(LeadProfile lead, List<Candidate> candidates, RoutingRules rules) {
		return propose(lead, candidates, rules, pool -> Map.of());
	}

	/**
	 * Ranks, asking {@code workloads} how busy the partners that meet the rules are (capacity, then the fewest
	 * open leads and the longest wait since the last offer), so a caller need only look that up for those few. A
	 * partner it says nothing of keeps the candidate's own figures.
	 */
	public static RoutingProposal propose(LeadProfile lead, List<Candidate> candidates, RoutingRules rules,
			Function<List<PartnerId>, Map<PartnerId, Workload>> workloads) {
		List<RoutingProposal.PassedOver> passed = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<Candidate> pool = new ArrayList<>();
		for (Candidate c : candidates) {
			String out = !c.takesVendorLeads() ? "its partner type (" + c.typeName() + ") takes no leads from the vendor"
					: lead.declinedBy().contains(c.id()) ? "passed on this lead already"
							: !c.leadFlowOn() ? "has lead flow switched off" : null;
			if (out == null) {
				pool.add(c);
			}
			else {
				passed.add(new RoutingProposal.PassedOver(c.id(), c.name(), out));
			}
		}
		List<Rule> applied = new ArrayList<>();
		Map<Candidate, List<Boolean>> meets = new IdentityHashMap<>();
		for (Rule rule : rules(lead, rules)) {
			if (rule.mode == RuleMode.OFF) {
				continue;
			}
			// each rule is judged once per candidate: the sort below compares the answers, never recomputes them
			Map<Candidate, Boolean> judged = new IdentityHashMap<>();
			pool.forEach(c -> judged.put(c, rule.test.test(c)));
			List<Candidate> meeting = pool.stream().filter(judged::get).toList();
			if (rule.mode == RuleMode.REQUIRED) {
				pool.stream().filter(c -> !judged.get(c)).forEach(c -> passed.add(new RoutingProposal.PassedOver(c.id(),
						c.name(), "does not meet the required " + rule.name)));
				pool = new ArrayList<>(meeting);
				if (pool.isEmpty()) {
					notes.add("Nobody meets the required " + rule.name + ": a channel manager assigns this lead.");
					return new RoutingProposal(List.of(), passed, true, notes);
				}
			}
			else if (meeting.isEmpty()) {
				notes.add("Nobody meets the preferred " + rule.name + ": rule skipped.");
				continue;
			}
			applied.add(rule);
			pool.forEach(c -> meets.computeIfAbsent(c, x -> new ArrayList<>()).add(judged.get(c)));
		}
		Map<PartnerId, Workload> busy = workloads.apply(pool.stream().map(Candidate::id).toList());
		List<Scored> scored = new ArrayList<>();
		for (Candidate c : pool) {
			Workload w = busy.getOrDefault(c.id(), new Workload(c.openLeads(), c.lastOfferedAt()));
			if (w.openLeads() >= c.capacity()) {
				passed.add(new RoutingProposal.PassedOver(c.id(), c.name(), "is at capacity (" + w.openLeads() + " open leads)"));
			}
			else {
				scored.add(new Scored(c, meets.getOrDefault(c, List.of()), w));
			}
		}
		if (scored.isEmpty()) {
			notes.add("Everyone who meets the rules is at capacity: a channel manager assigns this lead.");
			return new RoutingProposal(List.of(), passed, true, notes);
		}
		Comparator<Scored> order = Comparator.comparingInt(x -> 0);
		for (int i = 0; i < applied.size(); i++) {
			int rule = i;
			order = order.thenComparing(x -> x.meets().get(rule) ? 0 : 1);
			if (applied.get(i).name.equals(TIER)) {
				order = order.thenComparing(x -> -x.candidate().tierRank());
			}
		}
		order = order.thenComparingInt(x -> x.workload().openLeads())
				.thenComparing(x -> x.workload().lastOffered() == null ? Instant.MIN : x.workload().lastOffered())
				.thenComparing(x -> x.candidate().id().value());
		List<Scored> ranked = scored.stream().sorted(order).toList();
		List<RoutingProposal.Ranked> ranking = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			Scored x = ranked.get(i);
			Candidate c = x.candidate();
			List<String> reasons = new ArrayList<>();
			for (int r = 0; r < applied.size(); r++) {
				reasons.add((x.meets().get(r) ? "meets " : "misses ") + applied.get(r).name + ": " + applied.get(r).describe.apply(c));
			}
			Instant last = x.workload().lastOffered();
			reasons.add(x.workload().openLeads() + " open lead(s); last offer " + (last == null ? "never" : last));
			ranking.add(new RoutingProposal.Ranked(c.id(), c.name(), i + 1, reasons));
		}
		return new RoutingProposal(ranking, passed, false, notes);
	}

	private record Scored(Candidate candidate, List<Boolean> meets, Workload workload) {
	}

	private static final String TIER = "partner level";

	private record Rule(String name, RuleMode mode, Predicate<Candidate> test,
			Function<Candidate, String> describe) {
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
		if (lead.region() != null && lead.region().equalsIgnoreCase(c.region())) {
			return true;
		}
		String postal = lead.postalCode() == null ? "" : lead.postalCode().replace(" ", "").toUpperCase(Locale.ROOT);
		if (!postal.isEmpty() && c.postalPrefixes().stream()
				.anyMatch(prefix -> postal.startsWith(prefix.replace(" ", "").toUpperCase(Locale.ROOT)))) {
			return true;
		}
		Double km = distanceKm(lead, c);
		return km != null && km <= maxDistanceKm;
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
