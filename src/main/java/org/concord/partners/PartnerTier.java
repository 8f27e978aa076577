package org.concord.partners;

/** The partner's level in the program, from entry to top. */
public enum PartnerTier {

	REGISTERED("Registered"), SILVER("Silver"), GOLD("Gold"), PLATINUM("Platinum");

	private final String label;

	PartnerTier(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
