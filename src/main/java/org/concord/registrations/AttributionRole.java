package org.concord.registrations;

import org.springframework.modulith.NamedInterface;

/** A partner's part in an opportunity: it sourced it, influenced it, or sells it together with the vendor. */
@NamedInterface("deals")
public enum AttributionRole {
	SOURCED("sourced"), INFLUENCED("influence"), CO_SELL("co-sell");

	private final String label;

	AttributionRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
