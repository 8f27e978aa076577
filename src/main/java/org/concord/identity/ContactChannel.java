package org.concord.identity;

/** How a person prefers to be reached by the people they work with. */
public enum ContactChannel {

	EMAIL("E-mail"), PHONE("Phone");

	private final String label;

	ContactChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
