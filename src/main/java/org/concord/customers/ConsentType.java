package org.concord.customers;

/** Canada's anti-spam law (CASL) knows two kinds of consent. */
public enum ConsentType {
	/** The person said yes, in writing or orally; it does not expire until withdrawn. */
	EXPRESS,
	/** Inferred from a business relationship; it expires (see {@link ImpliedConsentBasis}). */
	IMPLIED
}
