package org.concord.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tier change as the approval queue and the partner's tier page show it. Status: PROPOSED (waits for a channel
 * manager), SCHEDULED (an approved downgrade waiting for its day), APPLIED, REJECTED or WITHDRAWN.
 */
public record TierChangeView(UUID id, String partnerId, String partnerName, String fromTier, String toTier, boolean upgrade,
		int score, LocalDate assessedOn, String status, Instant proposedAt, UUID decidedBy, Instant decidedAt,
		LocalDate effectiveOn, String note) {
}
