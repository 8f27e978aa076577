package org.concord.leads;

/** Where a lead stands: offered to a partner, waiting for a channel manager, being worked, or closed. */
public enum LeadStatus {

	OFFERED("Offered to a partner"), WITH_CHANNEL_MANAGER("Waiting for a channel manager"), WORKING("Being worked"),
	CLOSED("Closed");

	private final String label;

	LeadStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
