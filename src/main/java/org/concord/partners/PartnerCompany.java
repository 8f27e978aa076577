package org.concord.partners;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;
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

	private boolean leadFlowOn = true;

	private int leadCapacity = 10;

	private String postalPrefixes = "";

	private Double latitude;

	private Double longitude;

	private String products = "";

	private String industries = "";

	private String certifications = "";

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

	void changeRoutingProfile(RoutingProfile profile) {
		if ((profile.latitude() == null) != (profile.longitude() == null)) {
			throw new InvalidInputException(profile.latitude() == null ? "latitude" : "longitude",
					"Enter both coordinates, or neither.");
		}
		this.postalPrefixes = RoutingProfile.join(profile.postalPrefixes());
		this.latitude = profile.latitude();
		this.longitude = profile.longitude();
		this.products = RoutingProfile.join(profile.products());
		this.industries = RoutingProfile.join(profile.industries());
		this.certifications = RoutingProfile.join(profile.certifications());
		this.leadCapacity = profile.leadCapacity();
		this.leadFlowOn = profile.leadFlowOn();
	}

	void switchLeadFlow(boolean on) {
		this.leadFlowOn = on;
	}

	RoutingProfile routingProfile() {
		return new RoutingProfile(RoutingProfile.codes(postalPrefixes), latitude, longitude, RoutingProfile.codes(products),
				RoutingProfile.codes(industries), RoutingProfile.codes(certifications), leadCapacity, leadFlowOn);
	}

	PartnerSummary toSummary() {
		return new PartnerSummary(new PartnerId(id), name, type, tier, country, region, city, website, joinedAt);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
