package org.concord.registrations;

import java.util.List;

/**
 * The vendor's registration settings. In a change, a rule left out (null) keeps its value: the protection settings
 * are required, the others optional.
 */
public record RegistrationSettingsView(boolean autoApprove, int approvalSlaHours, int protectionDays, String warningDays,
		int renewalActivityDays, Integer returnLapseDays, Integer dailySubmissionCap, Boolean laterRenewalsNeedVendor,
		String vendorName, List<String> currencies) {

	/** The protection settings only; the other rules stay as they are. */
	public RegistrationSettingsView(boolean autoApprove, int approvalSlaHours, int protectionDays, String warningDays,
			int renewalActivityDays) {
		this(autoApprove, approvalSlaHours, protectionDays, warningDays, renewalActivityDays, null, null, null, null, null);
	}
}
