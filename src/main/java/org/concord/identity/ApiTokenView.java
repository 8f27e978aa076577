package org.concord.identity;

import java.time.Instant;
import java.util.UUID;

/** A token as its owner's list shows it: never the token itself. */
public record ApiTokenView(UUID id, String name, String hint, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt, Instant expiresAt) {

	public boolean active() {
		return revokedAt == null;
	}

	public boolean expired(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt);
	}
}
