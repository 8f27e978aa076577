package org.concord.shared;

/**
 * Which brand a portal host serves, as modules other than identity need to know it (a public form records the brand
 * it was filled in on). Implemented by the identity module.
 */
public interface BrandHosts {

	/** The code of the brand served on this host: the default brand's for a host no brand claims. */
	String brandOf(String host);

	/** Each brand's name by its code. */
	java.util.Map<String, String> names();

	/** Whether a brand has this code. */
	boolean exists(String code);
}
