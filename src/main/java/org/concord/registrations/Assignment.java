package org.concord.registrations;

/** Who will work the opportunity: the partner, or the vendor's sales reps. */
public enum Assignment {

	PARTNER_WORKING("Partner working opportunity"), ASSIGNED_TO_VENDOR("Partner assigns opportunity to vendor");

	private final String label;

	Assignment(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
