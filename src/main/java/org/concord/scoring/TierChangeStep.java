package org.concord.scoring;

import java.time.LocalDate;
import java.util.UUID;

import org.concord.partners.PartnerTier;

/** A tier change was proposed, approved (applied or scheduled), withdrawn after scheduling, or applied when due. */
public record TierChangeStep(UUID changeId, UUID partnerId, PartnerTier from, PartnerTier to, String status, int score,
		LocalDate effectiveOn) {
}
