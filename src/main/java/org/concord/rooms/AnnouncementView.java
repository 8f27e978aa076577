package org.concord.rooms;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.concord.partners.PartnerTier;

/**
 * An announcement as pages and the API show it: its Markdown body and that body as sanitized HTML, its audience
 * (empty: every type, tier, brand) and where it stands: SCHEDULED, LIVE, EXPIRED or WITHDRAWN.
 */
public record AnnouncementView(UUID id, String title, String body, String bodyHtml, boolean pinned, Instant publishAt,
		Instant expiresAt, Set<String> types, Set<PartnerTier> tiers, Set<String> brands, String status, Instant postedAt) {
}
