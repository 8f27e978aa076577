package org.concord.registrations;

import org.springframework.modulith.NamedInterface;

/** Why a registration was rejected. */
@NamedInterface("deals")
public enum RejectionReason {

	ALREADY_REGISTERED("Already registered"),
	CANNOT_CONTACT("Cannot contact the prospect with the information given"),
	OTHER("Other");

	private final String label;

	RejectionReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
