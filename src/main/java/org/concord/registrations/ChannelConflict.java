package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A registration colliding with a direct-sales opportunity: the rule applied, the decision and its reason. */
@Entity
@Table(name = "channel_conflict")
class ChannelConflict extends AbstractAggregateRoot<ChannelConflict> {

	@Id
	private UUID id;

	private UUID registrationId;

	private UUID directId;

	@Enumerated(EnumType.STRING)
	private ConflictRule ruleApplied;

	@Enumerated(EnumType.STRING)
	private ConflictDecision decision;

	private boolean pending;

	private String reason;

	private Instant detectedAt;

	private Instant decidedAt;

	private UUID decidedBy;

	/** A co-sell's share of the credit for the partner. */
	private BigDecimal split;

	private Instant escalatedAt;

	/** Co-sell splits the credit 50/50 unless the channel manager sets another split. */
	static final BigDecimal DEFAULT_SPLIT = new BigDecimal("0.5");

	protected ChannelConflict() {
	}

	ChannelConflict(UUID registrationId, UUID directId, ConflictRule rule, Instant now) {
		this.id = UUID.randomUUID();
		this.registrationId = registrationId;
		this.directId = directId;
		this.ruleApplied = rule;
		this.decision = rule.outcome();
		this.pending = !rule.settled();
		this.reason = rule.reason();
		this.detectedAt = now;
		if (rule.settled()) {
			this.decidedAt = now;
		}
		if (decision == ConflictDecision.CO_SELL) {
			this.split = DEFAULT_SPLIT;
		}
		registerEvent(new ChannelConflictRecorded(id, registrationId, directId, decision, pending, reason));
	}

	/** The channel manager's decision on a conflict the rules left open; a co-sell splits the credit 50/50. */
	void decide(ConflictDecision chosen, String why, UUID manager, Instant now) {
		decide(chosen, why, null, manager, now);
	}

	/** The same, with the partner's share of a co-sell (0 to 1; 50/50 when none is given). */
	void decide(ConflictDecision chosen, String why, BigDecimal partnerShare, UUID manager, Instant now) {
		if (partnerShare != null && (partnerShare.signum() <= 0 || partnerShare.compareTo(BigDecimal.ONE) >= 0)) {
			throw new InvalidInputException("split", "A co-sell split gives the partner more than 0% and less than 100%.");
		}
		if (!pending) {
			throw new InvalidInputException("decision", "This conflict has been decided already.");
		}
		if (chosen == null) {
			throw new InvalidInputException("decision", "Choose partner wins, direct wins or co-sell.");
		}
		if (why == null || why.isBlank()) {
			throw new InvalidInputException("reason", "Record the reason for the decision.");
		}
		decision = chosen;
		reason = why.trim();
		split = chosen == ConflictDecision.CO_SELL ? (partnerShare == null ? DEFAULT_SPLIT : partnerShare) : null;
		pending = false;
		decidedAt = now;
		decidedBy = manager;
		registerEvent(new ChannelConflictRecorded(id, registrationId, directId, decision, false, reason));
	}

	UUID registrationId() {
		return registrationId;
	}

	BigDecimal split() {
		return split;
	}

	/** Pending past {@code due} (5 business days after it was found) and not escalated yet: escalate it, once. */
	boolean escalateIfOverdue(Instant due, Instant now) {
		if (!pending || escalatedAt != null || now.isBefore(due)) {
			return false;
		}
		escalatedAt = now;
		registerEvent(new ConflictOverdue(id, registrationId, detectedAt));
		return true;
	}

	Instant detectedAt() {
		return detectedAt;
	}

	ConflictDecision decision() {
		return decision;
	}

	ChannelConflictView toView() {
		return new ChannelConflictView(id, registrationId, directId, ruleApplied, decision, pending, reason, detectedAt,
				decidedAt, decidedBy, split, escalatedAt);
	}
}
