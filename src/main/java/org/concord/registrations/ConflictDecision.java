package org.concord.registrations;

/** How a channel conflict ends for the partner's registration. */
public enum ConflictDecision {
	/** The registration keeps the opportunity. */
	PARTNER_WINS,
	/** The direct team keeps it; the partner is credited with influence. */
	DIRECT_WINS,
	/** Both sell together and split the credit. */
	CO_SELL
}
