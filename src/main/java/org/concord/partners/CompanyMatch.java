package org.concord.partners;

/**
 * A partner company or prospect that a new one matches: {@code partner} tells which, {@code exact} whether it is the
 * same company by name, web domain, e-mail or phone ({@code reason} says which) or only has a similar name.
 */
public record CompanyMatch(boolean partner, String id, String name, String reason, boolean exact) {

	/** How a person reads it: "Already a partner: Acme (same web domain)". */
	public String describe() {
		return (partner ? "Already a partner: " : "Also a prospect: ") + name + " (" + reason + ")";
	}
}
