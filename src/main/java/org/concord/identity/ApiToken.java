package org.concord.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token. Only its hash is stored; the token itself is shown once, when created. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	private UUID id;

	private UUID userId;

	private String name;

	private String tokenHash;

	private String hint;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(UUID userId, String name, String token, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name.trim();
		this.tokenHash = Secrets.sha256(token);
		this.hint = token.substring(0, 8) + "…";
		this.createdAt = now;
	}

	boolean isActive() {
		return revokedAt == null;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/** Notes the use at most once a minute, so a busy client does not write on every call. */
	void used(Instant now) {
		if (lastUsedAt == null || Duration.between(lastUsedAt, now).toMinutes() >= 1) {
			lastUsedAt = now;
		}
	}

	UUID userId() {
		return userId;
	}

	ApiTokenView toView() {
		return new ApiTokenView(id, name, hint, createdAt, lastUsedAt, revokedAt);
	}
}
