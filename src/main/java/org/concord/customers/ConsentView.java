package org.concord.customers;

import java.time.LocalDate;

/** A contact's consent as pages and the API show it; {@code status} is as of today. */
public record ConsentView(ConsentType type, ImpliedConsentBasis basis, LocalDate basisDate, String obtainedHow,
		LocalDate obtainedOn, String obtainedBy, LocalDate expiresOn, LocalDate withdrawnOn, ConsentStatus status) {

	public boolean contactable() {
		return status == ConsentStatus.VALID;
	}
}
