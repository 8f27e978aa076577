package org.concord.customers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.concord.shared.InvalidInputException;

/**
 * The consent on record for a contact: its type, for implied consent the basis and the date of that event
 * (from which the expiry follows), and how, when and by whom it was obtained. Express consent never expires.
 */
@Embeddable
class Consent {

	@Enumerated(EnumType.STRING)
	@Column(name = "consent_type")
	private ConsentType type;

	@Enumerated(EnumType.STRING)
	@Column(name = "consent_basis")
	private ImpliedConsentBasis basis;

	@Column(name = "consent_basis_date")
	private LocalDate basisDate;

	@Column(name = "consent_obtained_how")
	private String obtainedHow;

	@Column(name = "consent_obtained_on")
	private LocalDate obtainedOn;

	@Column(name = "consent_obtained_by")
	private String obtainedBy;

	@Column(name = "consent_withdrawn_on")
	private LocalDate withdrawnOn;

	protected Consent() {
	}

	Consent(ConsentType type, ImpliedConsentBasis basis, LocalDate basisDate, String obtainedHow, LocalDate obtainedOn,
			String obtainedBy, LocalDate today) {
		if (type == null) {
			throw new InvalidInputException("consentType", "Choose the type of consent: express or implied.");
		}
		if (type == ConsentType.IMPLIED && basis == null) {
			throw new InvalidInputException("consentBasis", "Implied consent needs its basis: a purchase or contract, or an inquiry.");
		}
		if (type == ConsentType.IMPLIED && basisDate == null) {
			throw new InvalidInputException("consentBasisDate", "Enter the date of the purchase, contract or inquiry.");
		}
		if (basisDate != null && basisDate.isAfter(today)) {
			throw new InvalidInputException("consentBasisDate", "This date cannot be in the future.");
		}
		if (obtainedOn == null) {
			throw new InvalidInputException("consentObtainedOn", "Enter when the consent was obtained.");
		}
		if (obtainedOn.isAfter(today)) {
			throw new InvalidInputException("consentObtainedOn", "This date cannot be in the future.");
		}
		this.type = type;
		this.basis = type == ConsentType.IMPLIED ? basis : null;
		this.basisDate = type == ConsentType.IMPLIED ? basisDate : null;
		this.obtainedHow = obtainedHow;
		this.obtainedOn = obtainedOn;
		this.obtainedBy = obtainedBy;
	}

	/** The last day implied consent holds; none for express consent. */
	LocalDate expiresOn() {
		return type == ConsentType.IMPLIED ? basisDate.plus(basis.validity()) : null;
	}

	ConsentStatus status(LocalDate today) {
		if (withdrawnOn != null) {
			return ConsentStatus.WITHDRAWN;
		}
		LocalDate expiry = expiresOn();
		return expiry != null && today.isAfter(expiry) ? ConsentStatus.EXPIRED : ConsentStatus.VALID;
	}

	void withdraw(LocalDate today) {
		if (withdrawnOn == null) {
			withdrawnOn = today;
		}
	}

	ConsentView toView(LocalDate today) {
		return new ConsentView(type, basis, basisDate, obtainedHow, obtainedOn, obtainedBy, expiresOn(), withdrawnOn,
				status(today));
	}
}
