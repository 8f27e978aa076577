package org.concord.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A partner's standing among its peers (the partners of its type): its rank (1 is the highest score; equal scores
 * share a rank) and its percentile (the share of the other peers scoring lower, 0 to 100; 100 when it has no peers).
 */
record PeerRanking(int rank, int peers, int percentile) {

	static PeerRanking of(BigDecimal score, List<BigDecimal> peerScores) {
		int higher = 0;
		int lower = 0;
		for (BigDecimal other : peerScores) {
			int compared = other.compareTo(score);
			if (compared > 0) {
				higher++;
			}
			else if (compared < 0) {
				lower++;
			}
		}
		int peers = peerScores.size();
		int percentile = peers <= 1 ? 100 : lower * 100 / (peers - 1);
		return new PeerRanking(higher + 1, peers, percentile);
	}
}
