package org.concord.registrations;

import java.util.UUID;

/** The vendor answered a partner's request for assistance. */
public record AssistanceAnswered(UUID requestId, UUID registrationId, UUID requestedBy, AssistanceKind kind) {
}
