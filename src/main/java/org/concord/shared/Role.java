package org.concord.shared;

/** What a user may do. Vendor roles belong to the vendor's staff, partner roles to one partner company. */
public enum Role {

	VENDOR_ADMIN("Vendor admin", true),
	CHANNEL_MANAGER("Channel manager", true),
	VENDOR_SALES_REP("Vendor sales rep", true),
	PARTNER_ADMIN("Partner admin", false),
	PARTNER_REP("Partner rep", false);

	private final String label;
	private final boolean vendor;

	Role(String label, boolean vendor) {
		this.label = label;
		this.vendor = vendor;
	}

	public String label() {
		return label;
	}

	public boolean isVendor() {
		return vendor;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
