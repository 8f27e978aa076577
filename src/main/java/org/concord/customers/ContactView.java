package org.concord.customers;

import java.time.Instant;

import org.concord.shared.PartnerId;

/** A contact as pages, the API and other modules see it. */
public record ContactView(ContactId id, PartnerId partnerId, String firstName, String lastName, String email,
		String phone, String companyName, String website, String street, String city, String region,
		String postalCode, String country, ConsentView consent, Instant createdAt) {

	public String name() {
		return firstName + " " + lastName;
	}
}
