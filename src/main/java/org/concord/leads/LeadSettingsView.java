package org.concord.leads;

import java.util.Set;

import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerType;

/**
 * The routing settings as pages and the API show and change them: each rule required, preferred or off; the
 * partner types that receive leads; the working days to make contact; when to remind; and what a missed
 * deadline does (offer the next partner, or hand the lead to a channel manager).
 */
public record LeadSettingsView(RuleMode tierMode, PartnerTier minimumTier, RuleMode territoryMode, int maxDistanceKm,
		RuleMode expertiseMode, Set<PartnerType> leadTypes, int contactWorkingDays, int reminderHours,
		OnTimeout onTimeout) {
}
