package org.concord.shared;

import java.util.Collection;

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

	/** Refuses, naming {@code field}, any of these codes that is not a brand's. */
	default void requireAll(Collection<String> codes, String field) {
		for (String code : codes) {
			if (!exists(code)) {
				throw new InvalidInputException(field, "There is no brand " + code + ".");
			}
		}
	}
}
