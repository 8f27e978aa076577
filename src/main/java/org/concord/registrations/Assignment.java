package org.concord.registrations;

import org.springframework.modulith.NamedInterface;

/**
 * Who will work the opportunity: the partner ("Sales Partner"), or the vendor's sales reps ("Sales Partner Assigns to
 * RPM", in seed 001's words; the vendor's name comes from the settings).
 */
@NamedInterface("deals")
public enum Assignment {

	PARTNER_WORKING("Sales Partner"), ASSIGNED_TO_VENDOR("Sales Partner Assigns to %s");

	private final String label;

	Assignment(String label) {
		this.label = label;
	}

	/** The choice as the form shows it, with the vendor's name. */
	public String label(String vendorName) {
		return label.formatted(vendorName);
	}

	/** The choice with the vendor unnamed ("the vendor"). */
	public String label() {
		return label("the vendor");
	}
}
