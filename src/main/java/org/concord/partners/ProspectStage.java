package org.concord.partners;

/**
 * Where a prospective partner is on the way in. The channel team moves a prospect freely among the stages before it
 * becomes a partner; conversion moves it to Onboarding, and only a converted prospect reaches Active.
 */
public enum ProspectStage {

	NEW("New"), QUALIFIED("Qualified"), APPLICATION("Application"), AGREEMENT("Agreement"), ONBOARDING("Onboarding"),
	ACTIVE("Active"), DECLINED("Declined");

	private final String label;

	ProspectStage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Before conversion: the stages a channel manager moves a prospect among. */
	public boolean isBeforeConversion() {
		return this == NEW || this == QUALIFIED || this == APPLICATION || this == AGREEMENT;
	}

	/** Whether a prospect here may be converted into a partner: once qualified, until it is. */
	public boolean mayConvert() {
		return this == QUALIFIED || this == APPLICATION || this == AGREEMENT;
	}

	/** The stage a one-click move takes it to, if any. */
	public ProspectStage next() {
		return switch (this) {
			case NEW -> QUALIFIED;
			case QUALIFIED -> APPLICATION;
			case APPLICATION -> AGREEMENT;
			case ONBOARDING -> ACTIVE;
			default -> null;
		};
	}
}
