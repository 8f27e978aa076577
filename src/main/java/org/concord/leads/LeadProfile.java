package org.concord.leads;

import java.util.Set;

import org.concord.shared.PartnerId;

/** What routing knows of a lead: where it is, what it needs, and who declined it already. */
public record LeadProfile(String country, String region, String postalCode, Double latitude, Double longitude,
		String product, String industry, String certification, Set<PartnerId> declinedBy) {
}
