package org.concord.registrations;

import org.concord.shared.matching.MatchKeys;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A direct opportunity's match key, indexed so a registration finds colliding direct deals by lookup. */
@Entity
@Table(name = "direct_opportunity_key")
class DirectOpportunityKey {

	@Id
	private UUID id;

	private UUID directId;

	private String product;

	@Enumerated(EnumType.STRING)
	private MatchKeys.Kind keyKind;

	private String keyValue;

	protected DirectOpportunityKey() {
	}

	DirectOpportunityKey(UUID directId, String product, MatchKeys.Key key) {
		this.id = UUID.randomUUID();
		this.directId = directId;
		this.product = product;
		this.keyKind = key.kind();
		this.keyValue = key.value();
	}
}
