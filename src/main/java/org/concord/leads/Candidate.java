package org.concord.leads;

import java.time.Instant;
import java.util.Set;

import org.concord.shared.PartnerId;

/** What routing knows of a partner: level, where it works, what it knows, how busy it is, and whether its type takes leads. */
public record Candidate(PartnerId id, String name, int tierRank, String tierName, String country, String region,
		Set<String> postalPrefixes, Double latitude, Double longitude, Set<String> products, Set<String> industries,
		Set<String> certifications, int openLeads, int capacity, boolean leadFlowOn, Instant lastOfferedAt, String typeName,
		boolean takesVendorLeads) {
}
