package org.concord.registrations;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the channel team keeps its approval SLA, over decisions people made (automatic approvals and duplicate
 * rejections left out) on registrations submitted since {@code since}: decided in time of those due, counting every
 * submission still undecided past its SLA as a miss; and the median and 90th percentile time to decision, against
 * seed 004's bands (under 4 h best, 24-48 h typical, over 72 h poor).
 */
public record SlaReport(Instant since, long decidedInTime, long due, long slaHours, Double medianHours, Double p90Hours) {

	public double share() {
		return due == 0 ? 1.0 : (double) decidedInTime / due;
	}

	/** Above 90% good, 70-90% a warning, below 70% red (seed 004's SLA compliance bands). */
	public String rating() {
		double share = share();
		return share > 0.90 ? "good" : share >= 0.70 ? "warning" : "red";
	}

	/** Where the median time to decision stands among seed 004's bands. */
	public String band() {
		if (medianHours == null) {
			return "no decisions yet";
		}
		return medianHours < 4 ? "best (under 4 h)" : medianHours < 24 ? "good (4-24 h)" : medianHours <= 48 ? "typical (24-48 h)"
				: medianHours <= 72 ? "slow (48-72 h)" : "poor (over 72 h)";
	}

	/** The report of these decision times (submitted, due, decided) and misses. */
	static SlaReport of(Instant since, long slaHours, List<Object[]> decisions, long undecidedPastDue) {
		Map<DecisionTally.Key, Long> counts = new HashMap<>();
		decisions.forEach(d -> counts.merge(DecisionTally.Key.of((Instant) d[0], (Instant) d[1], (Instant) d[2]), 1L,
				Long::sum));
		return of(since, slaHours, counts, undecidedPastDue);
	}

	/** The report of decisions counted per time to decision (tenths of an hour) and in time, and misses. */
	static SlaReport of(Instant since, long slaHours, Map<DecisionTally.Key, Long> decisions, long undecidedPastDue) {
		long inTime = decisions.entrySet().stream().filter(e -> e.getKey().inTime()).mapToLong(Map.Entry::getValue).sum();
		long decided = decisions.values().stream().mapToLong(Long::longValue).sum();
		TreeMap<Integer, Long> byTenths = new TreeMap<>();
		decisions.forEach((key, n) -> byTenths.merge(key.tenths(), n, Long::sum));
		return new SlaReport(since, inTime, decided + undecidedPastDue, slaHours, percentile(byTenths, decided, 0.5),
				percentile(byTenths, decided, 0.9));
	}

	/** The nearest-rank percentile, rounded to a tenth of an hour; none of nothing. */
	static Double percentile(List<Double> sorted, double p) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(p * sorted.size());
		return Math.round(sorted.get(Math.max(0, rank - 1)) * 10) / 10.0;
	}

	/** The nearest-rank percentile of the counted times, in hours to a tenth; none of nothing. */
	static Double percentile(TreeMap<Integer, Long> countsByTenths, long total, double p) {
		if (total == 0) {
			return null;
		}
		long rank = Math.max(1, (long) Math.ceil(p * total));
		long seen = 0;
		for (var entry : countsByTenths.entrySet()) {
			seen += entry.getValue();
			if (seen >= rank) {
				return entry.getKey() / 10.0;
			}
		}
		return countsByTenths.lastKey() / 10.0;
	}
}
