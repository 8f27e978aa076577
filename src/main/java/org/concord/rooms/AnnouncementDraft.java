package org.concord.rooms;

import java.time.Instant;
import java.util.Set;

import org.concord.partners.PartnerTier;

/**
 * An announcement as the channel team writes it: a title, a Markdown body, pinned or not, shown from a moment (none:
 * at once) until an optional end, to the partner types, tiers and brands named (empty: every one).
 */
public record AnnouncementDraft(String title, String body, Boolean pinned, Instant publishAt, Instant expiresAt,
		Set<String> types, Set<PartnerTier> tiers, Set<String> brands) {

	public AnnouncementDraft {
		pinned = pinned != null && pinned;
		types = types == null ? Set.of() : types;
		tiers = tiers == null ? Set.of() : tiers;
		brands = brands == null ? Set.of() : brands;
	}
}
