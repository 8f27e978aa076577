package org.concord.commissions;

/**
 * Which commission a partner earns on a contract: registration commission (it registered and works the
 * opportunity), referral commission (it registered it for the vendor to work), or the influence bonus (it
 * influenced or co-sold). Each has its own rates.
 */
public enum CommissionKind {

	REGISTRATION("Registration commission"), REFERRAL("Referral commission"), INFLUENCE("Influence bonus");

	private final String label;

	CommissionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
