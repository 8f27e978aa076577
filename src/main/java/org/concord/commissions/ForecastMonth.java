package org.concord.commissions;

import java.time.YearMonth;

import org.concord.shared.Money;

/**
 * One month of the Deals room's forecast, in one currency: the open deals expected to close in it, their MRR, and the
 * registration commission they would earn a month at the caller's own rate; past months are overdue (still open).
 */
public record ForecastMonth(YearMonth month, long deals, Money mrr, Money expectedCommission, boolean overdue) {
}
