package org.concord.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concord.shared.PartnerId;
import org.junit.jupiter.api.Test;

class RoutingEngineTests {

	private static final Instant T0 = Instant.parse("2026-11-01T12:00:00Z");

	private final LeadProfile halifaxDms = new LeadProfile("CA", "NS", "B3H 1A1", 44.65, -63.58, "cube", "healthcare",
			null, Set.of());

	private static Candidate partner(String name, int tier, String region, double lat, double lon, Set<String> products,
			int openLeads) {
		return new Candidate(PartnerId.random(), name, tier, "tier" + tier, "CA", region, Set.of(), lat, lon, products,
				Set.of("healthcare"), Set.of(), openLeads, 10, true, null, "Sales Partner", true);
	}

	private static Candidate with(Candidate c, int capacity, boolean leadFlowOn, Instant lastOffered) {
		return new Candidate(c.id(), c.name(), c.tierRank(), c.tierName(), c.country(), c.region(), c.postalPrefixes(),
				c.latitude(), c.longitude(), c.products(), c.industries(), c.certifications(), c.openLeads(), capacity,
				leadFlowOn, lastOffered, c.typeName(), c.takesVendorLeads());
	}

	private static List<String> names(RoutingProposal proposal) {
		return proposal.ranking().stream().map(RoutingProposal.Ranked::name).toList();
	}

	@Test
	void aHigherPartnerLevelRanksFirst() {
		var silver = partner("Silver", 1, "NS", 44.6, -63.6, Set.of("cube"), 0);
		var gold = partner("Gold", 2, "NS", 44.6, -63.6, Set.of("cube"), 0);
		assertThat(names(RoutingEngine.propose(halifaxDms, List.of(silver, gold), RoutingRules.defaults())))
				.containsExactly("Gold", "Silver");
	}

	@Test
	void aRequiredAreaPassesOverPartnersElsewhereAndWithNobodyLeftGoesToAChannelManager() {
		var halifax = partner("Halifax", 1, "NS", 44.6, -63.6, Set.of("cube"), 0);
		var vancouver = partner("Vancouver", 3, "BC", 49.3, -123.1, Set.of("cube"), 0);
		var proposal = RoutingEngine.propose(halifaxDms, List.of(halifax, vancouver), RoutingRules.defaults());
		assertThat(names(proposal)).containsExactly("Halifax");
		assertThat(proposal.passedOver()).singleElement()
				.satisfies(p -> assertThat(p.reason()).contains("required area"));

		var nobody = RoutingEngine.propose(halifaxDms, List.of(vancouver), RoutingRules.defaults());
		assertThat(nobody.toChannelManager()).isTrue();
		assertThat(nobody.ranking()).isEmpty();
	}

	@Test
	void theAreaIsTheRegionAPostalPrefixOrADistance() {
		var moncton = partner("Moncton", 1, "NB", 46.09, -64.78, Set.of("cube"), 0); // about 200 km away
		var truro = partner("Truro", 1, "XX", 45.36, -63.28, Set.of("cube"), 0); // about 80 km away
		var byPostal = new Candidate(PartnerId.random(), "Postal", 1, "t", "CA", "XX", Set.of("B3H"), null, null,
				Set.of("cube"), Set.of(), Set.of(), 0, 10, true, null, "Sales Partner", true);
		var proposal = RoutingEngine.propose(halifaxDms, List.of(moncton, truro, byPostal), RoutingRules.defaults());
		assertThat(names(proposal)).containsExactlyInAnyOrder("Truro", "Postal");
		assertThat(proposal.passedOver()).extracting(RoutingProposal.PassedOver::name).containsExactly("Moncton");
	}

	@Test
	void preferredExpertiseRanksMatchingPartnersFirstAndIsSkippedWhenNobodyMatches() {
		var dms = partner("DMS", 1, "NS", 44.6, -63.6, Set.of("cube"), 5);
		var qms = partner("QMS", 3, "NS", 44.6, -63.6, Set.of("quartz"), 0);
		RoutingRules expertiseFirst = new RoutingRules(RuleMode.OFF, 0, RuleMode.REQUIRED, 150, RuleMode.PREFERRED);
		assertThat(names(RoutingEngine.propose(halifaxDms, List.of(qms, dms), expertiseFirst))).containsExactly("DMS", "QMS");

		var onlyQms = RoutingEngine.propose(halifaxDms, List.of(qms), expertiseFirst);
		assertThat(names(onlyQms)).containsExactly("QMS");
		assertThat(onlyQms.notes()).anyMatch(n -> n.contains("preferred expertise: rule skipped"));
	}

	@Test
	void requiredExpertisePassesOverPartnersWithoutIt() {
		var qms = partner("QMS", 3, "NS", 44.6, -63.6, Set.of("quartz"), 0);
		RoutingRules rules = new RoutingRules(RuleMode.PREFERRED, 0, RuleMode.REQUIRED, 150, RuleMode.REQUIRED);
		var proposal = RoutingEngine.propose(halifaxDms, List.of(qms), rules);
		assertThat(proposal.toChannelManager()).isTrue();
		assertThat(proposal.passedOver()).singleElement().satisfies(p -> assertThat(p.reason()).contains("required expertise"));
	}

	@Test
	void aRequiredMinimumLevelKeepsLowerTiersOut() {
		var registered = partner("Registered", 0, "NS", 44.6, -63.6, Set.of("cube"), 0);
		var gold = partner("Gold", 2, "NS", 44.6, -63.6, Set.of("cube"), 0);
		RoutingRules goldOnly = new RoutingRules(RuleMode.REQUIRED, 2, RuleMode.REQUIRED, 150, RuleMode.PREFERRED);
		assertThat(names(RoutingEngine.propose(halifaxDms, List.of(registered, gold), goldOnly))).containsExactly("Gold");
	}

	@Test
	void amongEqualsFewestOpenLeadsThenLongestWaitingComeFirst() {
		var busy = partner("Busy", 1, "NS", 44.6, -63.6, Set.of("cube"), 4);
		var idle = partner("Idle", 1, "NS", 44.6, -63.6, Set.of("cube"), 1);
		var recentlyOffered = with(partner("Recent", 1, "NS", 44.6, -63.6, Set.of("cube"), 1), 10, true, T0.plusSeconds(3600));
		var longAgo = with(partner("LongAgo", 1, "NS", 44.6, -63.6, Set.of("cube"), 1), 10, true, T0);
		assertThat(names(RoutingEngine.propose(halifaxDms, List.of(busy, recentlyOffered, idle, longAgo), RoutingRules.defaults())))
				.containsExactly("Idle", "LongAgo", "Recent", "Busy");
	}

	@Test
	void partnersWhoDeclinedAreAtCapacityOrPausedArePassedOverWithTheReason() {
		var declined = partner("Declined", 3, "NS", 44.6, -63.6, Set.of("cube"), 0);
		var full = with(partner("Full", 3, "NS", 44.6, -63.6, Set.of("cube"), 5), 5, true, null);
		var paused = with(partner("Paused", 3, "NS", 44.6, -63.6, Set.of("cube"), 0), 10, false, null);
		var available = partner("Available", 1, "NS", 44.6, -63.6, Set.of("cube"), 0);
		LeadProfile lead = new LeadProfile("CA", "NS", null, null, null, "cube", null, null, Set.of(declined.id()));
		var proposal = RoutingEngine.propose(lead, List.of(declined, full, paused, available), RoutingRules.defaults());
		assertThat(names(proposal)).containsExactly("Available");
		assertThat(proposal.passedOver()).extracting(RoutingProposal.PassedOver::reason)
				.containsExactlyInAnyOrder("passed on this lead already", "is at capacity (5 open leads)", "has lead flow switched off");
	}

	@Test
	void everyRankedPartnerCarriesItsReasons() {
		var gold = partner("Gold", 2, "NS", 44.6, -63.6, Set.of("cube"), 2);
		var ranked = RoutingEngine.propose(halifaxDms, List.of(gold), RoutingRules.defaults()).ranking().getFirst();
		assertThat(ranked.position()).isOne();
		assertThat(ranked.reasons()).anyMatch(r -> r.startsWith("meets partner level"))
				.anyMatch(r -> r.startsWith("meets area")).anyMatch(r -> r.startsWith("meets expertise"))
				.anyMatch(r -> r.startsWith("2 open lead(s)"));
	}

	@Test
	void onlyPartnersWhoseTypeTakesVendorLeadsReceiveThem() {
		var sales = partner("Sales", 1, "NS", 44.6, -63.6, Set.of("cube"), 0);
		var reseller = new Candidate(PartnerId.random(), "Reseller", 3, "t", "CA", "NS", Set.of(), 44.6, -63.6, Set.of("cube"),
				Set.of(), Set.of(), 0, 10, true, null, "Reseller", false);
		var proposal = RoutingEngine.propose(halifaxDms, List.of(reseller, sales), RoutingRules.defaults());
		assertThat(names(proposal)).containsExactly("Sales");
		assertThat(proposal.passedOver()).singleElement()
				.satisfies(p -> assertThat(p.reason()).isEqualTo("its partner type (Reseller) takes no leads from the vendor"));
	}

	@Test
	void workloadsAreAskedOnlyForThePartnersThatMeetTheRulesAndBreakTies() {
		var early = partner("Early", 1, "NS", 44.6, -63.6, Set.of("cube"), 0);
		var late = partner("Late", 1, "NS", 44.6, -63.6, Set.of("cube"), 0);
		var elsewhere = partner("Elsewhere", 3, "BC", 49.3, -123.1, Set.of("cube"), 0);
		List<List<PartnerId>> asked = new ArrayList<>();
		var proposal = RoutingEngine.propose(halifaxDms, List.of(late, elsewhere, early), RoutingRules.defaults(), pool -> {
			asked.add(pool);
			return Map.of(early.id(), new RoutingEngine.Workload(0, T0), late.id(),
					new RoutingEngine.Workload(0, T0.plusSeconds(60)));
		});
		assertThat(asked).singleElement().satisfies(pool -> assertThat(pool).containsExactlyInAnyOrder(early.id(), late.id()));
		assertThat(names(proposal)).containsExactly("Early", "Late");
		assertThat(proposal.ranking().getFirst().reasons()).last().asString().contains("last offer " + T0);
	}
}
