package org.concord.commissions;

/** What a rate applies to, from the least specific to the most: the one most specific to a partner wins. */
public enum RateScope {
	PROGRAM, PARTNER_TYPE, TIER, PARTNER
}
