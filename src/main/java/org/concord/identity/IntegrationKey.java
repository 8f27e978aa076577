package org.concord.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key one of the vendor's systems calls part of the API with; only the hash of its secret is kept. */
@Entity
@Table(name = "integration_key")
class IntegrationKey {

	/** What a key may do. Today: send partner prospects. */
	static final String PROSPECTS = "PROSPECTS";

	@Id
	private UUID id;

	private String name;

	private String scope;

	private String secretHash;

	private UUID createdBy;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected IntegrationKey() {
	}

	IntegrationKey(String name, String scope, String secret, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name.strip();
		this.scope = scope;
		this.secretHash = Secrets.sha256(secret);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	boolean isUsable() {
		return revokedAt == null;
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	String name() {
		return name;
	}

	String scope() {
		return scope;
	}

	IntegrationKeyView toView() {
		return new IntegrationKeyView(id.toString(), name, scope, createdAt, lastUsedAt, revokedAt);
	}
}
