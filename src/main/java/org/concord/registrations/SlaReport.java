package org.concord.registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
		long inTime = decisions.stream().filter(d -> !((Instant) d[2]).isAfter((Instant) d[1])).count();
		List<Double> hours = decisions.stream()
				.map(d -> Duration.between((Instant) d[0], (Instant) d[2]).toMinutes() / 60.0).sorted().toList();
		return new SlaReport(since, inTime, decisions.size() + undecidedPastDue, slaHours, percentile(hours, 0.5),
				percentile(hours, 0.9));
	}

	/** The nearest-rank percentile, rounded to a tenth of an hour; none of nothing. */
	static Double percentile(List<Double> sorted, double p) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(p * sorted.size());
		return Math.round(sorted.get(Math.max(0, rank - 1)) * 10) / 10.0;
	}
}
