package org.concord.registrations;

/** What a partner can ask the vendor for from an opportunity. */
public enum AssistanceKind {

	SALES_SUPPORT("Sales support"), PRODUCT_EXPERTISE("Product expertise"), PRICING_ADVICE("Pricing advice");

	private final String label;

	AssistanceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
