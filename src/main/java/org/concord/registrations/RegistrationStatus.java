package org.concord.registrations;

import org.springframework.modulith.NamedInterface;

/** The status levels of a registration. Protected ones hold the opportunity against later registrations. */
@NamedInterface("deals")
public enum RegistrationStatus {

	SUBMITTED("Submitted", true), RETURNED("Returned for information", true), APPROVED("Approved", true),
	ACTIVE("Active", true), WON("Won", true), LOST("Lost", false), EXPIRED("Expired", false),
	REJECTED("Rejected", false), LAPSED("Lapsed: not answered in time", false);

	private final String label;
	private final boolean protecting;

	RegistrationStatus(String label, boolean protecting) {
		this.label = label;
		this.protecting = protecting;
	}

	public String label() {
		return label;
	}

	public boolean isProtecting() {
		return protecting;
	}
}
