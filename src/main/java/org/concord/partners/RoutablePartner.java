package org.concord.partners;

import org.concord.shared.PartnerId;

/**
 * A partner as lead routing sees it: who and where it is, its type (and whether the type takes vendor leads), its
 * level, and its routing profile.
 */
public record RoutablePartner(PartnerId id, String name, String type, String typeName, boolean takesVendorLeads,
		PartnerTier tier, String country, String region, RoutingProfile profile) {
}
