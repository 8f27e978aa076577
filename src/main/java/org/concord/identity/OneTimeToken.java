package org.concord.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A password-reset or invitation link: stored only as a hash, good once, until it expires. */
@Entity
@Table(name = "one_time_token")
class OneTimeToken {

	enum Purpose {
		PASSWORD_RESET(Duration.ofHours(1)), INVITATION(Duration.ofDays(7));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}
	}

	@Id
	private UUID id;

	private UUID userId;

	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected OneTimeToken() {
	}

	OneTimeToken(UUID userId, String tokenHash, Purpose purpose, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.purpose = purpose;
		this.createdAt = now;
		this.expiresAt = now.plus(purpose.lifetime);
	}

	boolean isUsable(Purpose expected, Instant now) {
		return purpose == expected && usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	UUID userId() {
		return userId;
	}
}
