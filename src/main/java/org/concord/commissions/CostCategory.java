package org.concord.commissions;

/** What a program cost was for (seed 004's cost lines; commissions come from the ledger). */
public enum CostCategory {

	PLATFORM("PRM platform"), HEADCOUNT("Partner team"), MARKETING("Marketing and events"), OTHER("Other");

	private final String label;

	CostCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
