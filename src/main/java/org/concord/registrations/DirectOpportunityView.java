package org.concord.registrations;

import java.time.Instant;
import java.util.UUID;

/** A direct-sales opportunity as the vendor's pages and API show it. */
public record DirectOpportunityView(UUID id, String companyName, String website, String email, String phone,
		String product, Stage stage, UUID ownerId, Instant createdAt, Instant advancedAt) {
}
