package org.concord.registrations;

import org.concord.shared.matching.CompanyNames;
import org.concord.shared.matching.MatchKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.concord.registrations.LabelledPairs.Expect;
import org.concord.registrations.LabelledPairs.Pair;
import org.concord.registrations.LabelledPairs.Prospect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The duplicate check's quality on its labelled set (src/test/resources/duplicates/labelled-pairs.csv, over 2,000
 * pairs): every first prospect of the set is registered, then every second one is checked against all of them, with
 * the check's own keys, blocking keys and comparison ({@link MatchKeys}, {@link CompanyNames}) over an index in memory
 * in place of the database's. The figures are issue 11's goals; they are written to target/duplicate-quality.txt for
 * docs/benchmarks.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateQualityTests {

	/** What the check says of a prospect: blocked by a holder's exact key, flagged as resembling names, or clean. */
	record Verdict(Integer blockedBy, Set<Integer> resembles) {

		boolean blocked() {
			return blockedBy != null;
		}

		boolean flagged() {
			return !resembles.isEmpty();
		}
	}

	/** The registered prospects, indexed as the database indexes them: exact keys, and names by blocking key. */
	static final class Index {

		private final Map<String, Integer> exact = new HashMap<>();
		private final Map<String, Set<Integer>> blocks = new HashMap<>();
		private final List<List<String>> names = new ArrayList<>();

		void register(Prospect prospect) {
			int id = names.size();
			List<String> words = CompanyNames.words(prospect.company());
			names.add(words);
			for (MatchKeys.Key key : keys(prospect)) {
				exact.putIfAbsent(key.value(), id);
			}
			for (String key : DuplicateCheck.lookalikeKeys(CompanyNames.storedKeys(words), prospect.email())) {
				blocks.computeIfAbsent(key, k -> new HashSet<>()).add(id);
			}
		}

		Verdict check(Prospect prospect) {
			for (MatchKeys.Key key : keys(prospect)) {
				if (exact.containsKey(key.value())) {
					return new Verdict(exact.get(key.value()), Set.of());
				}
			}
			List<String> words = CompanyNames.words(prospect.company());
			Set<Integer> resembling = new HashSet<>();
			for (String key : DuplicateCheck.lookalikeKeys(CompanyNames.lookupKeys(words), prospect.email())) {
				for (int candidate : blocks.getOrDefault(key, Set.of())) {
					if (DuplicateCheck.resemblesAny(words, List.of(new DuplicateCheck.Candidate(key, String.join(" ", names.get(candidate)))))) {
						resembling.add(candidate);
					}
				}
			}
			return new Verdict(null, resembling);
		}

		private static List<MatchKeys.Key> keys(Prospect p) {
			return MatchKeys.of(p.company(), p.website(), p.email(), p.phone());
		}
	}

	private List<Pair> pairs;
	private final List<Verdict> verdicts = new ArrayList<>();

	@BeforeAll
	void checkEverySecondProspectAgainstAllTheFirst() throws IOException {
		pairs = LabelledPairs.read();
		Index index = new Index();
		pairs.forEach(pair -> index.register(pair.registered()));
		for (Pair pair : pairs) {
			verdicts.add(index.check(pair.submitted()));
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "duplicate-quality.txt"), report());
	}

	@Test
	void theSetHasOverTwoThousandPairsOfEveryKind() {
		assertThat(pairs).hasSizeGreaterThanOrEqualTo(2000);
		assertThat(pairs).extracting(Pair::expect).contains(Expect.values());
	}

	@Test
	void variantsOfACompanyAreFlaggedOrBlocked() {
		assertThat(rate(p -> p.expect() == Expect.BLOCK || p.expect() == Expect.FLAG, this::foundItsOwn))
				.as(report()).isGreaterThanOrEqualTo(0.98);
	}

	@Test
	void spellingsThatNormalizeEqualAreBlocked() {
		assertThat(rate(p -> p.expect() == Expect.BLOCK, (i, v) -> v.blocked() && v.blockedBy().equals(i))).as(report())
				.isGreaterThanOrEqualTo(0.995);
	}

	@Test
	void hardNegativesAreAlmostNeverBlocked() {
		assertThat(rate(p -> p.expect() == Expect.NOT_BLOCKED, (i, v) -> v.blocked())).as(report()).isLessThanOrEqualTo(0.01);
	}

	@Test
	void unrelatedNewCompaniesAreRarelyFlagged() {
		assertThat(rate(p -> p.expect() == Expect.CLEAN, (i, v) -> v.blocked() || v.flagged())).as(report())
				.isLessThanOrEqualTo(0.03);
	}

	private boolean foundItsOwn(int i, Verdict verdict) {
		return verdict.blocked() ? verdict.blockedBy().equals(i) : verdict.resembles().contains(i);
	}

	private double rate(Predicate<Pair> which, BiPredicate<Integer, Verdict> counts) {
		int of = 0;
		int counted = 0;
		for (int i = 0; i < pairs.size(); i++) {
			if (which.test(pairs.get(i))) {
				of++;
				if (counts.test(i, verdicts.get(i))) {
					counted++;
				}
			}
		}
		return of == 0 ? 0 : (double) counted / of;
	}

	/** Per kind of pair: how many, blocked (by its own first prospect or another), flagged, clean; and the misses. */
	private String report() {
		Map<String, int[]> byKind = new TreeMap<>();
		Map<String, Expect> expected = new LinkedHashMap<>();
		List<String> misses = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			Pair pair = pairs.get(i);
			Verdict verdict = verdicts.get(i);
			int[] counts = byKind.computeIfAbsent(pair.kind(), k -> new int[4]);
			expected.putIfAbsent(pair.kind(), pair.expect());
			counts[0]++;
			counts[verdict.blocked() ? 1 : verdict.flagged() ? 2 : 3]++;
			boolean miss = switch (pair.expect()) {
				case BLOCK -> !(verdict.blocked() && verdict.blockedBy().equals(i));
				case FLAG -> !foundItsOwn(i, verdict);
				case NOT_BLOCKED -> verdict.blocked();
				case CLEAN -> verdict.blocked() || verdict.flagged();
			};
			if (miss) {
				misses.add(pair.id() + " " + pair.kind() + ": \"" + pair.registered().company() + "\" / \"" + pair.submitted().company()
						+ "\" -> " + (verdict.blocked() ? "blocked by " + pairs.get(verdict.blockedBy()).registered().company()
								: verdict.flagged() ? "flagged" : "clean"));
			}
		}
		StringBuilder out = new StringBuilder(String.format("%-32s %-12s %6s %8s %8s %6s%n", "kind", "expected", "pairs", "blocked",
				"flagged", "clean"));
		byKind.forEach((kind, c) -> out.append(String.format("%-32s %-12s %6d %8d %8d %6d%n", kind, expected.get(kind), c[0], c[1],
				c[2], c[3])));
		out.append(String.format("%nvariants flagged or blocked (recall): %.4f%n", rate(p -> p.expect() == Expect.BLOCK
				|| p.expect() == Expect.FLAG, this::foundItsOwn)));
		out.append(String.format("spellings that normalize equal, blocked: %.4f%n", rate(p -> p.expect() == Expect.BLOCK,
				(i, v) -> v.blocked() && v.blockedBy().equals(i))));
		out.append(String.format("hard negatives blocked: %.4f%n", rate(p -> p.expect() == Expect.NOT_BLOCKED, (i, v) -> v.blocked())));
		out.append(String.format("hard negatives flagged (for a reviewer, allowed): %.4f%n", rate(p -> p.expect() == Expect.NOT_BLOCKED,
				(i, v) -> !v.blocked() && v.flagged())));
		out.append(String.format("unrelated new companies flagged or blocked: %.4f%n", rate(p -> p.expect() == Expect.CLEAN,
				(i, v) -> v.blocked() || v.flagged())));
		out.append("\nmisses (").append(misses.size()).append("):\n");
		misses.forEach(m -> out.append("  ").append(m).append('\n'));
		return out.toString();
	}
}
