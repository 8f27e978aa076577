package org.concord.scoring;

/**
 * What the channel scorecard measures of each partner, by the name formulas use: revenue won in the last 12 months and
 * the open pipeline (both at a year of MRR, in the tier rubric's currency), the engagement score over 90 days, the
 * certifications held, the vendor leads let pass their contact deadline, and the channel conflicts of the last 12 months.
 */
public enum ScorecardKpi {

	REVENUE("revenue", "Revenue won, last 12 months", true),
	PIPELINE("pipeline", "Open pipeline", true),
	ENGAGEMENT("engagement", "Engagement, last 90 days", true),
	CERTIFICATIONS("certifications", "Certifications held", true),
	CONTACT_MISSES("contact_misses", "Leads past their contact deadline", false),
	CONFLICTS("conflicts", "Channel conflicts, last 12 months", false);

	private final String variable;
	private final String label;
	private final boolean higherIsBetter;

	ScorecardKpi(String variable, String label, boolean higherIsBetter) {
		this.variable = variable;
		this.label = label;
		this.higherIsBetter = higherIsBetter;
	}

	/** The name a formula uses. */
	public String variable() {
		return variable;
	}

	public String label() {
		return label;
	}

	/** Whether more is better (a target to reach) or less (a ceiling to stay under). */
	public boolean higherIsBetter() {
		return higherIsBetter;
	}
}
