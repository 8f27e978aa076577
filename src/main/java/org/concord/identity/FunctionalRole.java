package org.concord.identity;

/** What a partner person does at their company, beside what they may do in the portal (their access role). */
public enum FunctionalRole {

	SALES("Sales"), TECHNICAL("Technical"), MARKETING("Marketing"), EXECUTIVE("Executive"), FINANCE("Finance");

	private final String label;

	FunctionalRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
