package org.concord.partners;

import java.time.Instant;

import org.concord.shared.PartnerId;

/** A partner company as pages, the API and other modules see it. */
public record PartnerSummary(PartnerId id, String name, PartnerType type, PartnerTier tier, String country,
		String region, String city, String website, Instant joinedAt) {
}
