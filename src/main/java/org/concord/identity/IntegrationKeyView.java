package org.concord.identity;

import java.time.Instant;

/** An integration key without its secret, which is shown once, when it is made. */
public record IntegrationKeyView(String id, String name, String scope, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}
}
