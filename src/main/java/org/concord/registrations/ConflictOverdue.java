package org.concord.registrations;

import java.time.Instant;
import java.util.UUID;

/** A channel conflict has waited for a decision more than 5 business days (seed 004): escalated to the channel team. */
public record ConflictOverdue(UUID conflictId, UUID registrationId, Instant detectedAt) {
}
