package org.concord.rooms;

import java.util.Map;
import java.util.Set;

import org.concord.partners.PartnerTier;

/**
 * How a vendor admin sets a room: its name and place in the navigation, its name on each brand's portal (none: the
 * room's name), and which partner types and tiers see it (empty: every type, every tier).
 */
public record RoomSettings(String name, int position, Map<String, String> brandNames, Set<String> types, Set<PartnerTier> tiers) {

	public RoomSettings {
		brandNames = brandNames == null ? Map.of() : brandNames;
		types = types == null ? Set.of() : types;
		tiers = tiers == null ? Set.of() : tiers;
	}
}
