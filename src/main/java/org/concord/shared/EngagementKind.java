package org.concord.shared;

/**
 * What a partner person did that counts as engagement (seed 004: logins, deal registrations, training completions,
 * content downloads; deals won and events attended, for its three-part model).
 */
public enum EngagementKind {

	LOGIN("Logged in"), REGISTRATION("Registered a deal"), WON("Won a deal"), TRAINING("Completed training"), DOWNLOAD("Downloaded content"),
	EVENT("Attended an event");

	private final String label;

	EngagementKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
