package org.concord.commissions;

/** A payout batch is prepared, approved by a vendor admin, then paid; paid lines never change again. */
public enum PayoutStatus {
	PREPARED, APPROVED, PAID
}
