package org.concord.leads;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.PartnerId;

/** One offer of a lead to one partner, and how it ended: the facts behind the partner's scorecard. */
@Entity
@Table(name = "lead_offer")
class LeadOffer {

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID offeredBy;

	private Instant offeredAt;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private OfferOutcome outcome;

	private Instant outcomeAt;

	private String outcomeReason;

	protected LeadOffer() {
	}

	LeadOffer(PartnerId partner, UUID offeredBy, Instant offeredAt, Instant dueAt) {
		this.id = UUID.randomUUID();
		this.partnerId = partner.value();
		this.offeredBy = offeredBy;
		this.offeredAt = offeredAt;
		this.dueAt = dueAt;
		this.outcome = OfferOutcome.PENDING;
	}

	void end(OfferOutcome how, String reason, Instant now) {
		this.outcome = how;
		this.outcomeReason = reason;
		this.outcomeAt = now;
	}

	boolean isPendingFor(PartnerId partner) {
		return outcome == OfferOutcome.PENDING && partnerId.equals(partner.value());
	}

	boolean isPending() {
		return outcome == OfferOutcome.PENDING;
	}

	PartnerId partner() {
		return new PartnerId(partnerId);
	}

	OfferOutcome outcome() {
		return outcome;
	}
}
