package org.concord.registrations;

/** The vendor's registration settings. */
public record RegistrationSettingsView(boolean autoApprove, int approvalSlaHours, int protectionDays, String warningDays,
		int renewalActivityDays) {
}
