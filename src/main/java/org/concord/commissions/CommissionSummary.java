package org.concord.commissions;

import org.concord.shared.Money;

/** A partner's commission in one currency: earned in all (net of reversals), paid out, and pending payout. */
public record CommissionSummary(String currency, Money earned, Money paid, Money pendingPayout) {
}
