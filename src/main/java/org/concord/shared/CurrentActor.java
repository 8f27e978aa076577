package org.concord.shared;

/**
 * The person making the current request, as the domain needs to know them. Implemented by the identity
 * module from the security context; modules depend on this, not on Spring Security.
 */
public interface CurrentActor {

	UserId userId();

	String username();

	PartnerScope scope();

	boolean isVendorStaff();
}
