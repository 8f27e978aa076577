package org.concord.content;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.concord.partners.PartnerTier;

/**
 * A library item as pages and the API show it: its current version (a file's name, type and size, or a link), its
 * audience (empty: every type, tier, brand), and whether it is new or changed since the reader's last visit.
 */
public record ResourceView(UUID id, String title, String description, ResourceCategory category, String tags, int currentVersion,
		String fileName, String contentType, Long sizeBytes, String link, Instant updatedAt, Set<String> types,
		Set<PartnerTier> tiers, Set<String> brands, boolean isNew) {

	public boolean isFile() {
		return link == null;
	}
}
