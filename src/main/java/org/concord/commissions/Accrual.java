package org.concord.commissions;

import java.math.BigDecimal;

import org.concord.shared.Money;

/**
 * The one rounding rule of the ledger. For each contract, partner and kind of commission, the commission earned
 * so far is the rate times the net base so far (payments minus refunds and chargebacks), rounded once by
 * {@link Money}: half up, to the currency's minor unit. Each ledger entry is the change in that figure, so the
 * entries of any sequence of payments and refunds add up to the rate times the net payments, to the cent; a
 * refund's entry takes back the commission on the amount refunded (exactly what its payment carried, when it
 * undoes the latest payment).
 */
final class Accrual {

	private Accrual() {
	}

	static Money entry(BigDecimal rate, Money baseBefore, Money baseAfter) {
		return baseAfter.times(rate).minus(baseBefore.times(rate));
	}
}
