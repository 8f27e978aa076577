package org.concord.commissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.concord.shared.Money;

/** A payout batch with what it pays each partner, and its ledger lines. */
public record PayoutView(UUID id, PayoutStatus status, LocalDate upTo, UUID preparedBy, Instant preparedAt, UUID approvedBy,
		Instant approvedAt, LocalDate paidOn, String reference, List<PartnerPayout> partners, List<Line> lines) {

	public record PartnerPayout(UUID partnerId, String partnerName, Money amount, int lines) {
	}

	/** A ledger line in the batch: the one a vendor admin approves to pay, or not. */
	public record Line(UUID entryId, UUID partnerId, String partnerName, Money amount) {
	}
}
