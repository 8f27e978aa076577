package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rank and percentile among peers, hand-computed. */
class PeerRankingTests {

	private static final List<BigDecimal> SCORES = List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("30"),
			new BigDecimal("40"));

	@Test
	void theHighestRanksFirstAtTheHundredthPercentileAndTheLowestLastAtTheZeroth() {
		assertThat(PeerRanking.of(new BigDecimal("40"), SCORES)).isEqualTo(new PeerRanking(1, 4, 100));
		assertThat(PeerRanking.of(new BigDecimal("30"), SCORES)).isEqualTo(new PeerRanking(2, 4, 66));
		assertThat(PeerRanking.of(new BigDecimal("20"), SCORES)).isEqualTo(new PeerRanking(3, 4, 33));
		assertThat(PeerRanking.of(new BigDecimal("10"), SCORES)).isEqualTo(new PeerRanking(4, 4, 0));
	}

	@Test
	void equalScoresShareARankAndAPartnerAloneIsFirst() {
		List<BigDecimal> tied = List.of(new BigDecimal("5"), new BigDecimal("5.0"), new BigDecimal("1"));
		assertThat(PeerRanking.of(new BigDecimal("5"), tied)).isEqualTo(new PeerRanking(1, 3, 50));
		assertThat(PeerRanking.of(new BigDecimal("1"), tied)).isEqualTo(new PeerRanking(3, 3, 0));
		assertThat(PeerRanking.of(BigDecimal.ONE, List.of(BigDecimal.ONE))).isEqualTo(new PeerRanking(1, 1, 100));
	}
}
