package org.concord.registrations;

import java.time.Instant;
import java.util.UUID;

/** An assistance request and, once given, its answer. */
public record AssistanceView(UUID id, UUID registrationId, AssistanceKind kind, String question, Instant requestedAt,
		String answer, Instant answeredAt) {
}
