package org.concord.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.PartnerId;

/** A prospect's person and company, owned by the partner who entered it. */
@Entity
@Table(name = "customer_contact")
class CustomerContact {

	@Id
	private UUID id;

	private UUID partnerId;

	private String firstName;

	private String lastName;

	private String email;

	private String phone;

	private String companyName;

	private String website;

	private String street;

	private String city;

	private String region;

	private String postalCode;

	private String country;

	@Embedded
	private Consent consent;

	private Instant createdAt;

	private UUID createdBy;

	protected CustomerContact() {
	}

	CustomerContact(PartnerId owner, NewContact details, Consent consent, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = owner.value();
		this.firstName = details.firstName().trim();
		this.lastName = details.lastName().trim();
		this.email = details.email().trim().toLowerCase(Locale.ROOT);
		this.phone = details.phone().trim();
		this.companyName = details.companyName().trim();
		this.website = NewContact.requireWebsite(details.website());
		this.street = details.street().trim();
		this.city = details.city().trim();
		this.region = details.region().trim();
		this.postalCode = details.postalCode() == null ? null : details.postalCode().trim();
		this.country = details.country();
		this.consent = consent;
		this.createdAt = now;
		this.createdBy = createdBy;
	}

	/** The person unsubscribed or withdrew consent: recorded once, and honoured from then on. */
	void withdrawConsent(LocalDate today) {
		consent.withdraw(today);
	}

	PartnerId owner() {
		return new PartnerId(partnerId);
	}

	ContactView toView(LocalDate today) {
		return new ContactView(new ContactId(id), owner(), firstName, lastName, email, phone, companyName, website,
				street, city, region, postalCode, country, consent.toView(today), createdAt);
	}
}
