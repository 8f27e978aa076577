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

	private Instant expiresAt;

	protected ApiToken() {
	}

	/** A new token; it expires at {@code expiresAt}, or never when that is null. */
	ApiToken(UUID userId, String name, String token, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name.trim();
		this.tokenHash = Secrets.sha256(token);
		this.hint = token.substring(0, 8) + "…";
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	/** Not revoked and not expired: it may still authenticate a call. */
	boolean isUsable(Instant now) {
		return isUsable(revokedAt, expiresAt, now);
	}

	/** Usable: not revoked, and not past its expiry if it has one. */
	static boolean isUsable(Instant revokedAt, Instant expiresAt, Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/** Whether this use is worth writing down: the last one noted is a minute old or more. */
	boolean needsUseNoted(Instant now) {
		return needsUseNoted(lastUsedAt, now);
	}

	static boolean needsUseNoted(Instant lastUsedAt, Instant now) {
		return lastUsedAt == null || Duration.between(lastUsedAt, now).compareTo(USE_NOTED_EVERY) >= 0;
	}

	static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	ApiTokenView toView() {
		return new ApiTokenView(id, name, hint, createdAt, lastUsedAt, revokedAt, expiresAt);
	}
}
