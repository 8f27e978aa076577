package org.concord.partners;

import org.concord.shared.PartnerId;

/** A partner as lead routing sees it: who and where it is, its level, and its routing profile. */
public record RoutablePartner(PartnerId id, String name, PartnerType type, PartnerTier tier, String country,
		String region, RoutingProfile profile) {
}
