package org.concord.leads;

import org.concord.partners.PartnerTier;

/**
 * The routing settings as pages and the API show and change them: each rule required, preferred or off (which
 * partner types receive leads is the types' to say, {@code PartnerTypes}); the working days to make contact; when to remind; and what a missed
 * deadline does (offer the next partner, or hand the lead to a channel manager).
 */
public record LeadSettingsView(RuleMode tierMode, PartnerTier minimumTier, RuleMode territoryMode, int maxDistanceKm,
		RuleMode expertiseMode, int contactWorkingDays, int reminderHours,
		OnTimeout onTimeout) {
}
