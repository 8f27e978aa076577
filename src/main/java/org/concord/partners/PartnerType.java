package org.concord.partners;

/** The kind of partner, which decides what it may do in the program. */
public enum PartnerType {

	SALES_PARTNER("Sales Partner"),
	APPLICATION_PARTNER("Application Partner"),
	REFERRAL_PARTNER("Referral Partner"),
	RESELLER("Reseller"),
	SYSTEM_INTEGRATOR("System Integrator");

	private final String label;

	PartnerType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
