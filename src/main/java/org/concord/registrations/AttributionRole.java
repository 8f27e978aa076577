package org.concord.registrations;

/** A partner's part in an opportunity: it sourced it, influenced it, or sells it together with the vendor. */
public enum AttributionRole {
	SOURCED, INFLUENCED, CO_SELL
}
