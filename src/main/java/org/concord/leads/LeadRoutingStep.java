package org.concord.leads;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of the lead's routing history: what happened, to which partner, by whom, and why. */
@Entity
@Table(name = "lead_routing_step")
class LeadRoutingStep {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private RoutingAction action;

	private UUID partnerId;

	private UUID actorId;

	private String note;

	private Instant at;

	private int stepNumber;

	protected LeadRoutingStep() {
	}

	LeadRoutingStep(int stepNumber, RoutingAction action, UUID partnerId, UUID actorId, String note, Instant at) {
		this.id = UUID.randomUUID();
		this.stepNumber = stepNumber;
		this.action = action;
		this.partnerId = partnerId;
		this.actorId = actorId;
		this.note = note == null ? null : note.substring(0, Math.min(note.length(), 2000));
		this.at = at;
	}

	int stepNumber() {
		return stepNumber;
	}

	RoutingStepView toView() {
		return new RoutingStepView(action, partnerId, actorId, note, at);
	}
}
