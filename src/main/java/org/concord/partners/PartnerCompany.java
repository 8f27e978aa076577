package org.concord.partners;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.PartnerId;

@Entity
@Table(name = "partner_company")
class PartnerCompany {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private PartnerType type;

	@Enumerated(EnumType.STRING)
	private PartnerTier tier;

	private String country;

	private String region;

	private String city;

	private String website;

	private Instant joinedAt;

	protected PartnerCompany() {
	}

	PartnerCompany(NewPartner details, Instant now) {
		this.id = UUID.randomUUID();
		this.name = details.name().trim();
		this.type = details.type();
		this.tier = details.tier();
		this.country = details.country();
		this.region = blankToNull(details.region());
		this.city = blankToNull(details.city());
		this.website = blankToNull(details.website());
		this.joinedAt = now;
	}

	PartnerSummary toSummary() {
		return new PartnerSummary(new PartnerId(id), name, type, tier, country, region, city, website, joinedAt);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
