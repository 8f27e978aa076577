package org.concord.commissions;

import java.util.UUID;

import org.concord.shared.Money;

/** One partner's statement figures for a month in one currency, without its lines: the month-end run for all. */
public record StatementTotals(UUID partnerId, String currency, Money opening, Money earned, Money reversed, Money paid,
		Money closing) {
}
