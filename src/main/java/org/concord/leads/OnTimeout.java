package org.concord.leads;

/** What happens to a lead whose partner did not make contact in time (vendor setting). */
public enum OnTimeout {
	NEXT_PARTNER, CHANNEL_MANAGER
}
