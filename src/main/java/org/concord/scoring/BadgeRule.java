package org.concord.scoring;

/** How a badge is awarded: automatically when its partner reaches the rule, or by the channel team (MANUAL). */
public enum BadgeRule {

	FIRST_DEAL("When the partner wins its first deal"),
	DEALS_WON("When the partner has won this many deals"),
	CERTIFICATION("When one of its people earns a certification (this one, or any)"),
	EVENT_ATTENDED("When its people have attended this many vendor events"),
	TARGET_REACHED("When its deals won this year reach its sales target"),
	MANUAL("Awarded by the channel team, with a reason");

	private final String label;

	BadgeRule(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
