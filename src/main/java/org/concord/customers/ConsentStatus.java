package org.concord.customers;

/** Whether the contact may be contacted today. */
public enum ConsentStatus {
	VALID, EXPIRED, WITHDRAWN
}
