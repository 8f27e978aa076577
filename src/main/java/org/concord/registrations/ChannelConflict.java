package org.concord.registrations;

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
		registerEvent(new ChannelConflictRecorded(id, registrationId, directId, decision, pending, reason));
	}

	/** The channel manager's decision on a conflict the rules left open. */
	void decide(ConflictDecision chosen, String why, UUID manager, Instant now) {
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
		pending = false;
		decidedAt = now;
		decidedBy = manager;
		registerEvent(new ChannelConflictRecorded(id, registrationId, directId, decision, false, reason));
	}

	UUID registrationId() {
		return registrationId;
	}

	ConflictDecision decision() {
		return decision;
	}

	ChannelConflictView toView() {
		return new ChannelConflictView(id, registrationId, directId, ruleApplied, decision, pending, reason, detectedAt,
				decidedAt, decidedBy);
	}
}
