package org.concord.commissions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.concord.shared.Money;

/** One partner's commission in one currency: earned in all, paid out, pending payout. */
public record PartnerTotals(UUID partnerId, String partnerName, String currency, Money earned, Money paid, Money pending) {

	/** The program's totals, one row per currency. */
	public static List<PartnerTotals> inTotal(List<PartnerTotals> rows) {
		Map<String, PartnerTotals> totals = new TreeMap<>();
		rows.forEach(r -> totals.merge(r.currency(), new PartnerTotals(null, "All partners", r.currency(), r.earned(), r.paid(),
				r.pending()), (a, b) -> new PartnerTotals(null, "All partners", a.currency(), a.earned().plus(b.earned()),
						a.paid().plus(b.paid()), a.pending().plus(b.pending()))));
		return List.copyOf(totals.values());
	}
}
