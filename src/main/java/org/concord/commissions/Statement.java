package org.concord.commissions;

import java.time.YearMonth;
import java.util.List;

import org.concord.shared.Money;
import org.concord.shared.PartnerId;

/**
 * A partner's commission statement for a month, in one currency: the balance carried in, commission earned on
 * payments received, commission reversed by refunds and chargebacks, commission paid out, the balance carried
 * out, and every ledger line of the month.
 */
public record Statement(PartnerId partnerId, String partnerName, YearMonth month, String currency, Money opening,
		Money earned, Money reversed, Money paid, Money closing, List<LedgerLine> lines) {
}
