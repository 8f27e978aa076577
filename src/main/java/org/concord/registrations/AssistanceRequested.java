package org.concord.registrations;

import java.util.UUID;

/** A partner asked the vendor for sales support, product expertise or pricing advice on a registration. */
public record AssistanceRequested(UUID requestId, RegistrationId registration, AssistanceKind kind) {
}
