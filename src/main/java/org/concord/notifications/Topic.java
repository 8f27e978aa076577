package org.concord.notifications;

/** What a notice is about: each person chooses per topic how they hear of it ({@link Delivery}). */
public enum Topic {

	NEW_REGISTRATIONS("New registrations and answers to returns", true),
	OVERDUE_REVIEWS("Registrations still undecided after the approval SLA", true),
	ASSISTANCE_REQUESTS("Requests for sales support, product expertise or pricing advice", true),
	RENEWAL_REQUESTS("Renewal requests waiting for a decision", true),
	STAGE_CHANGES("Stage changes on deals", false),
	CONFLICTS("Channel conflicts waiting for a decision", true),
	TIER_REVIEWS("Tier changes the assessment proposes for your partners", true),
	TIER_CHANGES("Your company's tier: upgrades, and downgrades ahead of time", false),
	CERTIFICATION_EXPIRY("Certifications that expire within 30 days", false),
	REGISTRATION_UPDATES("Decisions, expiries, lapses and answers on your registrations", false),
	LEAD_OFFERS("Leads offered to your company, reminders and leads taken back", false),
	LEADS_UNPLACED("Leads routing could not place with a partner", true),
	COMMISSION_NEWS("Program terms, and invoices behind your commission", false),
	MESSAGES("New messages in your conversations", false);

	private final String label;
	private final boolean vendorOnly;

	Topic(String label, boolean vendorOnly) {
		this.label = label;
		this.vendorOnly = vendorOnly;
	}

	public String label() {
		return label;
	}

	/** Only the vendor's staff hear of this topic. */
	public boolean isVendorOnly() {
		return vendorOnly;
	}
}
