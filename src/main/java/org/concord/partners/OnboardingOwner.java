package org.concord.partners;

/** Who does an onboarding step: the new partner, or the vendor (its account manager). */
public enum OnboardingOwner {

	PARTNER("The partner"), VENDOR("The vendor");

	private final String label;

	OnboardingOwner(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
