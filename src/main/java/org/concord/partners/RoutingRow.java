package org.concord.partners;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.concord.shared.PartnerId;

/** One partner's routing columns, read without loading the entity. */
record RoutingRow(UUID id, String name, String type, String typeName, boolean takesVendorLeads, PartnerTier tier,
		String country, String region, String postalPrefixes, Double latitude, Double longitude, String products, String industries,
		String certifications, int leadCapacity, boolean leadFlowOn) {

	/** The partner for routing; its expertise counts the company's unexpired certifications too. */
	RoutablePartner toRoutable(Set<String> heldCertifications) {
		Set<String> certifiedIn = new LinkedHashSet<>(RoutingProfile.codes(certifications));
		certifiedIn.addAll(heldCertifications);
		return new RoutablePartner(new PartnerId(id), name, type, typeName, takesVendorLeads, tier, country, region,
				new RoutingProfile(RoutingProfile.codes(postalPrefixes), latitude, longitude, RoutingProfile.codes(products),
						RoutingProfile.codes(industries), certifiedIn, leadCapacity, leadFlowOn));
	}
}
