package org.concord.partners;

import java.util.UUID;

import org.concord.shared.PartnerId;

/** One partner's routing columns, read without loading the entity. */
record RoutingRow(UUID id, String name, String type, String typeName, boolean takesVendorLeads, PartnerTier tier, String country, String region,
		String postalPrefixes, Double latitude, Double longitude, String products, String industries,
		String certifications, int leadCapacity, boolean leadFlowOn) {

	RoutablePartner toRoutable() {
		return new RoutablePartner(new PartnerId(id), name, type, typeName, takesVendorLeads, tier, country, region,
				new RoutingProfile(RoutingProfile.codes(postalPrefixes), latitude, longitude, RoutingProfile.codes(products),
						RoutingProfile.codes(industries), RoutingProfile.codes(certifications), leadCapacity, leadFlowOn));
	}
}
