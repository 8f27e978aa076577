package org.concord.registrations;

import org.springframework.modulith.NamedInterface;

/** How far the sale has come; the number matters to channel-conflict rules ("stage 2 or later"). */
@NamedInterface("deals")
public enum Stage {

	PROSPECT(1, "Prospect"), QUALIFIED(2, "Qualified"), DEMO(3, "Demo"), PROPOSAL(4, "Proposal"),
	NEGOTIATION(5, "Negotiation");

	private final int number;
	private final String label;

	Stage(int number, String label) {
		this.number = number;
		this.label = label;
	}

	public int number() {
		return number;
	}

	public String label() {
		return label;
	}
}
