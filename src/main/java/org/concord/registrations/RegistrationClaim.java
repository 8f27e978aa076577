package org.concord.registrations;

import org.concord.shared.matching.MatchKeys;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A protected registration's hold on one match key for one product. The unique index on (product, kind,
 * value) is what makes "first come, first served" exact: of two simultaneous submissions only one can hold
 * the key.
 */
@Entity
@Table(name = "registration_claim")
class RegistrationClaim implements Persistable<UUID> {

	/** Claims are only ever inserted or deleted, never updated: saving one is always an insert, without a select. */
	@Transient
	private boolean fresh = true;

	@Id
	private UUID id;

	private String product;

	@Enumerated(EnumType.STRING)
	private MatchKeys.Kind keyKind;

	private String keyValue;

	private UUID registrationId;

	protected RegistrationClaim() {
		this.fresh = false;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}


	RegistrationClaim(String product, MatchKeys.Key key, UUID registrationId) {
		this.id = UUID.randomUUID();
		this.product = product;
		this.keyKind = key.kind();
		this.keyValue = key.value();
		this.registrationId = registrationId;
	}
}
