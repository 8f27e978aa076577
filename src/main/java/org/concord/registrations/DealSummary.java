package org.concord.registrations;

/**
 * A deal in the Deals room with the viewing partner's part in it: sourced (its own registration), co-sell or influence
 * (a deal the vendor invited it onto, or a lead it works). The vendor sees every deal, with no part of its own.
 */
public record DealSummary(RegistrationSummary summary, AttributionRole part) {

	public boolean invited() {
		return part != null && part != AttributionRole.SOURCED;
	}
}
