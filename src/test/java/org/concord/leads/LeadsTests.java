package org.concord.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeadsTests {

	@Test
	void theMedianTimeToContactIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnesInHours() {
		assertThat(Leads.medianHours(List.of())).isNull();
		assertThat(Leads.medianHours(List.of(Duration.ofHours(30), Duration.ofHours(2), Duration.ofHours(5)))).isEqualTo(5.0);
		assertThat(Leads.medianHours(List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofMinutes(90),
				Duration.ofHours(48)))).isEqualTo(2.8);
	}
}
