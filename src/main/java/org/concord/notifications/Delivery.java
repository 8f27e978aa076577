package org.concord.notifications;

/** How a person hears of a topic: a mail at once (the default), one mail a day with everything, or the portal only. */
public enum Delivery {

	IMMEDIATE("A mail at once"), DAILY_DIGEST("A daily digest"), PORTAL_ONLY("In the portal only");

	private final String label;

	Delivery(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
