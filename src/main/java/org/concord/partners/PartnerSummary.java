package org.concord.partners;

import java.time.Instant;

import java.util.Locale;
import java.util.UUID;
import org.concord.shared.PartnerId;

/**
 * A partner company as pages, the API and other modules see it: its type by code and by name, and the vendor's
 * account manager who looks after it (none yet when null), and the company it is a sub-account of (none for a company
 * of its own, or for one who may not read the parent), and whether it is test or onboarding data, left out of scores
 * and reports.
 */
public record PartnerSummary(PartnerId id, String name, String type, String typeName, PartnerTier tier, String country,
		String region, String city, String website, Instant joinedAt, UUID accountManagerId, PartnerId parentId,
		boolean testData) {

	/** The website as a link target: only an http(s) address is one; anything else is shown as text, never followed. */
	public String websiteLink() {
		String lower = website == null ? "" : website.toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://") ? website : null;
	}

	/** The same without its parent: for one who may not read the parent. */
	public PartnerSummary withoutParent() {
		return new PartnerSummary(id, name, type, typeName, tier, country, region, city, website, joinedAt, accountManagerId, null,
				testData);
	}
}
