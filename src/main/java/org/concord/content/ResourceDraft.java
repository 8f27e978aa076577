package org.concord.content;

import java.util.Set;

import org.concord.partners.PartnerTier;

/**
 * A library item as the channel team describes it: title, description, category, tags (comma separated), a link when
 * it is not a file, a note on this version, and the partner types, tiers and brands it is for (empty: every one).
 */
public record ResourceDraft(String title, String description, ResourceCategory category, String tags, String link, String note,
		Set<String> types, Set<PartnerTier> tiers, Set<String> brands) {

	public ResourceDraft {
		types = types == null ? Set.of() : types;
		tiers = tiers == null ? Set.of() : tiers;
		brands = brands == null ? Set.of() : brands;
	}
}
