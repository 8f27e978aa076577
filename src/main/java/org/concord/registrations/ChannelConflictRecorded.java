package org.concord.registrations;

import java.util.UUID;

/** A channel conflict was detected or decided; both sides are told. */
public record ChannelConflictRecorded(UUID conflictId, UUID registrationId, UUID directOpportunityId,
		ConflictDecision decision, boolean pending, String reason) {
}
