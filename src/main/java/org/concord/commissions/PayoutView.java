package org.concord.commissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.concord.shared.Money;

/** A payout batch with what it pays each partner. */
public record PayoutView(UUID id, PayoutStatus status, LocalDate upTo, Instant preparedAt, Instant approvedAt,
		LocalDate paidOn, String reference, List<PartnerPayout> partners) {

	public record PartnerPayout(UUID partnerId, String partnerName, Money amount, int lines) {
	}
}
