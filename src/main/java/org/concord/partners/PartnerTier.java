package org.concord.partners;

/** The partner's level in the program, from entry to top (seed 004: Bronze, Silver, Gold, Platinum). */
public enum PartnerTier {

	BRONZE("Bronze"), SILVER("Silver"), GOLD("Gold"), PLATINUM("Platinum");

	private final String label;

	PartnerTier(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
