package org.concord.partners;

/** How a prospect came in. */
public enum ProspectSource {

	FORM("Application form"), API("Intake API"), CHANNEL("Channel team");

	private final String label;

	ProspectSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
