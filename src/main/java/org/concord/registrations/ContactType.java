package org.concord.registrations;

import org.springframework.modulith.NamedInterface;

/** The kind of contact a Contact Log entry records. */
@NamedInterface("deals")
public enum ContactType {
	CALL, EMAIL, MEETING, DEMO, OTHER
}
