package org.concord.shared;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The person making the current request, as the domain needs to know them. Implemented by the identity
 * module from the security context; modules depend on this, not on Spring Security.
 */
public interface CurrentActor {

	UserId userId();

	String username();

	PartnerScope scope();

	boolean isVendorStaff();

	/** The time zone the person chose for their pages; none when they chose none, or nobody is logged in. */
	Optional<ZoneId> zone();
}
