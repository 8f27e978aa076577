package org.concord.rooms;

import java.util.Map;
import java.util.Set;

import org.concord.partners.PartnerTier;

/** A room as the vendor set it; empty types or tiers mean every type or every tier. */
public record RoomView(String key, String name, String path, int position, Map<String, String> brandNames, Set<String> types,
		Set<PartnerTier> tiers, boolean alwaysOpen) {

	/** Whether a partner of this type and tier sees the room. */
	public boolean opensTo(String type, PartnerTier tier) {
		return alwaysOpen || ((types.isEmpty() || types.contains(type)) && (tiers.isEmpty() || tiers.contains(tier)));
	}

	/** The room's name on one brand's portal. */
	public String nameOn(String brand) {
		return brandNames.getOrDefault(brand, name);
	}
}
