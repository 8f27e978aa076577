package org.concord.registrations;

/** The kind of contact a Contact Log entry records. */
public enum ContactType {
	CALL, EMAIL, MEETING, DEMO, OTHER
}
