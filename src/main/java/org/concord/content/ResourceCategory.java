package org.concord.content;

/** Seed 002's kinds of resources. */
public enum ResourceCategory {

	TRAINING("Training materials"), MARKETING("Marketing assets"), SALES_TOOLS("Sales tools"), TECHNICAL("Technical docs"),
	UPDATES("Partnership updates");

	private final String label;

	ResourceCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
