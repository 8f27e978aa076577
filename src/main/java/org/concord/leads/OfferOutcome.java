package org.concord.leads;

/** How an offer ended: still open, contact made in time, declined, taken back at the deadline, or withdrawn. */
public enum OfferOutcome {
	PENDING, CONTACTED, DECLINED, TIMED_OUT, WITHDRAWN;

	/** The partner is done with this lead and is not offered it again. */
	boolean passedOn() {
		return this == DECLINED || this == TIMED_OUT || this == WITHDRAWN;
	}
}
