package org.concord.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A partner's engagement for one month: the seed's score and band, the change from the month before (none for the
 * first), the three-part model (activity, performance, commitment), and the counts behind them.
 */
public record EngagementScoreView(String partnerId, String partnerName, YearMonth month, BigDecimal score, String band,
		String bandLabel, BigDecimal change, BigDecimal activity, BigDecimal performance, BigDecimal commitment,
		long logins, long downloads, long registrations, long won, long training, long certifications, long events) {

	/** "up", "down" or "flat" against the month before; "new" for a first month. */
	public String trend() {
		return change == null ? "new" : change.signum() > 0 ? "up" : change.signum() < 0 ? "down" : "flat";
	}
}
