package org.concord.customers;

import java.time.Period;

/** What implied consent rests on, and how long it lasts from the date of that event. */
public enum ImpliedConsentBasis {

	PURCHASE_OR_CONTRACT("Purchase or contract within the last 2 years", Period.ofYears(2)),
	INQUIRY("Inquiry within the last 6 months", Period.ofMonths(6));

	private final String label;
	private final Period validity;

	ImpliedConsentBasis(String label, Period validity) {
		this.label = label;
		this.validity = validity;
	}

	public String label() {
		return label;
	}

	public Period validity() {
		return validity;
	}
}
