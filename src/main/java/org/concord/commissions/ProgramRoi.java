package org.concord.commissions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.concord.shared.Money;

/**
 * Seed 004's program ROI for a period: partner-attributed revenue (sourced, plus influenced times the influence
 * weight) against the program's costs (those entered, plus the commissions booked), as a percentage. A sale with
 * a sourced partner counts as sourced only, so nothing is counted twice. Revenue is money received.
 */
public record ProgramRoi(LocalDate from, LocalDate to, String currency, Money sourcedRevenue, Money influencedRevenue,
		BigDecimal influenceWeight, Money attributedRevenue, Money enteredCosts, Money commissions, Money totalCosts,
		BigDecimal roiPercent) {

	public static final BigDecimal DEFAULT_INFLUENCE_WEIGHT = new BigDecimal("0.30");

	static ProgramRoi of(LocalDate from, LocalDate to, Money sourced, Money influenced, BigDecimal weight, Money entered,
			Money commissions) {
		Money attributed = sourced.plus(influenced.times(weight));
		Money costs = entered.plus(commissions);
		BigDecimal roi = costs.isPositive() ? attributed.minus(costs).amount().multiply(BigDecimal.valueOf(100))
				.divide(costs.amount(), 1, RoundingMode.HALF_UP) : null;
		return new ProgramRoi(from, to, sourced.currency().getCurrencyCode(), sourced, influenced, weight, attributed, entered,
				commissions, costs, roi);
	}
}
