package org.concord.commissions;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.concord.partners.PartnerSummary;

/**
 * Picks a partner's rate from a terms version's rates: the most specific one for the kind wins (the partner
 * itself, then its tier, then its type, then the program). No rate at all is 0%.
 */
final class RateCard {

	private RateCard() {
	}

	static BigDecimal rate(List<RateView> rates, CommissionKind kind, PartnerSummary partner) {
		return rates.stream().filter(r -> r.kind() == kind && applies(r, partner))
				.max(Comparator.comparing(RateView::scope)).map(RateView::rate).orElse(BigDecimal.ZERO);
	}

	/** Whether this rate is one this partner could earn: the program's, or its type's, tier's or own. */
	static boolean applies(RateView rate, PartnerSummary partner) {
		return switch (rate.scope()) {
			case PROGRAM -> true;
			case PARTNER_TYPE -> partner.type().equals(rate.scopeValue());
			case TIER -> partner.tier().name().equals(rate.scopeValue());
			case PARTNER -> partner.id().value().toString().equals(rate.scopeValue());
		};
	}
}
