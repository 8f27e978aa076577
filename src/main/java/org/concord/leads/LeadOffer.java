package org.concord.leads;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.concord.shared.PartnerId;

/** One offer of a lead to one partner, and how it ended: the facts behind the partner's scorecard. */
@Entity
@Table(name = "lead_offer")
@EntityListeners(LeadScorecardTally.Listener.class)
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

	/** What the scorecard tally counted this offer under when it was loaded or last written. */
	@Transient
	private LeadScorecardTally.Counted counted;

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

	LeadScorecardTally.Counted countedNow() {
		return LeadScorecardTally.Counted.of(partnerId, outcome, offeredAt, outcomeAt);
	}

	LeadScorecardTally.Counted counted() {
		return counted;
	}

	void counted(LeadScorecardTally.Counted now) {
		counted = now;
	}

	OfferOutcome outcome() {
		return outcome;
	}
}
