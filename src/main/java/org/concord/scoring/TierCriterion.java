package org.concord.scoring;

/** What the tier score is made of (seed 004's rubric), and what each criterion measures. */
public enum TierCriterion {

	REVENUE("Partner-sourced revenue", "deals won in the last 12 months, at 12 x their MRR"),
	REGISTRATIONS("Deal registrations per quarter", "registrations submitted in the last 90 days"),
	TRAINING("Training and certification", "0 none, 1 basic (a course passed this year), 2 advanced (a certification held by"
			+ " the company or one of its people), 3 all certifications (as many as the rubric says)"),
	NPS("Partner satisfaction (NPS)", "net promoter score of the partner's people's answers in the last 12 months"),
	ENGAGEMENT("Engagement score", "seed 004's engagement score over the last 90 days");

	private final String label;
	private final String measure;

	TierCriterion(String label, String measure) {
		this.label = label;
		this.measure = measure;
	}

	public String label() {
		return label;
	}

	/** How the value the bands read is measured. */
	public String measure() {
		return measure;
	}
}
