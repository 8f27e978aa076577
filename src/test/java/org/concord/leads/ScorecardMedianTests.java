package org.concord.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

/**
 * The scorecard's median time to contact, read from the tally's count of contacts per minute, is the median of the
 * contacts' minutes themselves: the middle one, or the mean of the two middle ones, in hours to a tenth.
 */
class ScorecardMedianTests {

	@Test
	void theMiddleMinuteOfAnOddNumberAndTheMeanOfTheTwoMiddleOnesOfAnEvenNumber() {
		assertThat(LeadScorecardTally.medianHours(histogram(List.of(60L, 120L, 600L)))).isEqualTo(2.0);
		assertThat(LeadScorecardTally.medianHours(histogram(List.of(60L, 120L, 180L, 600L)))).isEqualTo(2.5);
		assertThat(LeadScorecardTally.medianHours(histogram(List.of(30L, 30L, 30L, 600L)))).as("two middle ones in one minute")
				.isEqualTo(0.5);
		assertThat(LeadScorecardTally.medianHours(histogram(List.of(0L)))).isEqualTo(0.0);
		assertThat(LeadScorecardTally.medianHours(histogram(List.of(1800L, 120L, 300L)))).isEqualTo(5.0);
		assertThat(LeadScorecardTally.medianHours(histogram(List.of(60L, 240L, 90L, 2880L)))).as("165 minutes")
				.isEqualTo(2.8);
		assertThat(LeadScorecardTally.medianHours(new TreeMap<>())).as("no contact yet").isNull();
	}

	@Property(tries = 300)
	void equalsTheMedianOfTheMinutesThemselves(@ForAll @Size(min = 1, max = 60) List<@LongRange(max = 4000) Long> minutes) {
		List<Long> sorted = minutes.stream().sorted().toList();
		int n = sorted.size();
		double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
		assertThat(LeadScorecardTally.medianHours(histogram(minutes))).isEqualTo(Math.round(median / 60.0 * 10) / 10.0);
	}

	private static TreeMap<Long, Long> histogram(List<Long> minutes) {
		TreeMap<Long, Long> counts = new TreeMap<>();
		minutes.forEach(m -> counts.merge(m, 1L, Long::sum));
		return counts;
	}
}
