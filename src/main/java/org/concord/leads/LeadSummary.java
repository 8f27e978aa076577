package org.concord.leads;

import java.time.Instant;

import java.util.UUID;
import org.concord.shared.Money;
import org.concord.shared.PartnerId;

/** A row of the leads list. */
public record LeadSummary(LeadId id, String companyName, String city, String region, String product, String industry,
		Money estimatedMrr, LeadStatus status, PartnerId partnerId, Instant offeredAt, Instant contactDueAt,
		boolean accepted, Instant createdAt, UUID registrationId) {

	public boolean overdue(Instant now) {
		return status == LeadStatus.OFFERED && contactDueAt != null && !now.isBefore(contactDueAt);
	}
}
