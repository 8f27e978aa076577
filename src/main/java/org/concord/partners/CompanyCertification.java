package org.concord.partners;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** A certification a partner company holds, and the day it expires (none: it does not). */
@Embeddable
class CompanyCertification {

	private String name;

	private LocalDate expiresOn;

	protected CompanyCertification() {
	}

	CompanyCertification(String name, LocalDate expiresOn) {
		this.name = name;
		this.expiresOn = expiresOn;
	}

	String name() {
		return name;
	}

	CertificationView toView() {
		return new CertificationView(name, expiresOn);
	}
}
