package org.concord.leads;

import org.concord.shared.PartnerId;

/**
 * How a partner keeps the contact rule: leads offered, contact made in time, deadlines missed, declines, and
 * the median time from offer to contact in hours (null before the first contact).
 */
public record LeadScorecard(PartnerId partnerId, String partnerName, long offers, long contacted, long misses,
		long declines, Double medianHoursToContact) {
}
