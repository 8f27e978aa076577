package org.concord.partners;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How recruitment went for the prospects that came in within a period: how many, how many became partners (the
 * conversion rate, in percent of those that came in) and were declined, and the median days a prospect stayed in
 * each stage. A stay counts once it ended; a prospect still in a stage has not told how long it stays.
 */
public record ProspectReport(LocalDate from, LocalDate to, int prospects, int converted, int declined,
		BigDecimal conversionRate, List<StageTime> stages) {

	/** The stays in a stage that ended, and their median in days (one decimal); none when no stay ended. */
	public record StageTime(ProspectStage stage, int stays, BigDecimal medianDays) {
	}

	/** One prospect's arrival or stage move, in the order they happened for each prospect. */
	record Move(Object prospect, ProspectStage to, Instant at) {
	}

	static ProspectReport of(LocalDate from, LocalDate to, List<Move> moves) {
		Map<ProspectStage, List<Duration>> stays = new EnumMap<>(ProspectStage.class);
		int prospects = 0;
		int converted = 0;
		int declined = 0;
		Move previous = null;
		boolean convertedOne = false;
		ProspectStage last = null;
		for (Move move : moves) {
			if (previous == null || !previous.prospect().equals(move.prospect())) {
				if (previous != null) {
					converted += convertedOne ? 1 : 0;
					declined += last == ProspectStage.DECLINED ? 1 : 0;
				}
				prospects++;
				convertedOne = false;
			}
			else {
				stays.computeIfAbsent(previous.to(), s -> new ArrayList<>()).add(Duration.between(previous.at(), move.at()));
			}
			convertedOne |= move.to() == ProspectStage.ONBOARDING;
			last = move.to();
			previous = move;
		}
		if (previous != null) {
			converted += convertedOne ? 1 : 0;
			declined += last == ProspectStage.DECLINED ? 1 : 0;
		}
		List<StageTime> times = new ArrayList<>();
		for (ProspectStage stage : ProspectStage.values()) {
			if (stage == ProspectStage.ACTIVE || stage == ProspectStage.DECLINED) {
				continue; // where a prospect ends up: nobody waits in them for anything
			}
			List<Duration> ended = stays.getOrDefault(stage, List.of());
			times.add(new StageTime(stage, ended.size(), median(ended)));
		}
		BigDecimal rate = prospects == 0 ? null
				: BigDecimal.valueOf(converted * 100L).divide(BigDecimal.valueOf(prospects), 1, RoundingMode.HALF_UP);
		return new ProspectReport(from, to, prospects, converted, declined, rate, List.copyOf(times));
	}

	private static BigDecimal median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		List<Long> seconds = durations.stream().map(Duration::toSeconds).sorted().toList();
		int n = seconds.size();
		double middle = n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2.0;
		return BigDecimal.valueOf(middle / 86_400.0).setScale(1, RoundingMode.HALF_UP);
	}
}
