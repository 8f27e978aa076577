package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A channel conflict as the conflict queue and the API show it. */
public record ChannelConflictView(UUID id, UUID registrationId, UUID directOpportunityId, ConflictRule ruleApplied,
		ConflictDecision decision, boolean pending, String reason, Instant detectedAt, Instant decidedAt, UUID decidedBy,
		BigDecimal split, Instant escalatedAt) {

	public String ruleLabel() {
		return ruleApplied.label();
	}
}
