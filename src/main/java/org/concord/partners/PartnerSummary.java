package org.concord.partners;

import java.time.Instant;

import java.util.Locale;
import java.util.UUID;
import org.concord.shared.PartnerId;

/**
 * A partner company as pages, the API and other modules see it: its type by code and by name, and the vendor's
 * account manager who looks after it (none yet when null).
 */
public record PartnerSummary(PartnerId id, String name, String type, String typeName, PartnerTier tier, String country,
		String region, String city, String website, Instant joinedAt, UUID accountManagerId) {

	/** The website as a link target: only an http(s) address is one; anything else is shown as text, never followed. */
	public String websiteLink() {
		String lower = website == null ? "" : website.toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://") ? website : null;
	}
}
