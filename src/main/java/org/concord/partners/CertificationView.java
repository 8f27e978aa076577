package org.concord.partners;

import java.time.LocalDate;

/** A certification a partner company holds, as pages and the API show it. */
public record CertificationView(String name, LocalDate expiresOn) {

	public boolean expired(LocalDate today) {
		return expiresOn != null && expiresOn.isBefore(today);
	}

	/** Expires within the next 30 days: time to renew it. */
	public boolean expiringSoon(LocalDate today) {
		return expiresOn != null && !expired(today) && !expiresOn.isAfter(today.plusDays(30));
	}
}
