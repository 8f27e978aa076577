package org.concord.registrations;

/** How a channel conflict ends for the partner's registration. */
public enum ConflictDecision {
	/** The registration keeps the opportunity, with its sourced credit in full. */
	PARTNER_WINS("partner wins"),
	/** The direct team keeps it; the partner is credited with influence. */
	DIRECT_WINS("direct wins"),
	/** Both sell together and split the credit. */
	CO_SELL("co-sell");

	private final String label;

	ConflictDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
