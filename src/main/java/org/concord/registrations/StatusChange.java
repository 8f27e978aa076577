package org.concord.registrations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a registration's status history. */
@Entity
@Table(name = "registration_status_change")
class StatusChange {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus toStatus;

	private UUID changedBy;

	private String note;

	private Instant changedAt;

	private int stepNumber;

	protected StatusChange() {
	}

	StatusChange(int stepNumber, RegistrationStatus from, RegistrationStatus to, UUID by, String note, Instant at) {
		this.stepNumber = stepNumber;
		this.id = UUID.randomUUID();
		this.fromStatus = from;
		this.toStatus = to;
		this.changedBy = by;
		this.note = note;
		this.changedAt = at;
	}

	int stepNumber() {
		return stepNumber;
	}

	Instant changedAt() {
		return changedAt;
	}

	RegistrationDetails.HistoryLine toView() {
		return new RegistrationDetails.HistoryLine(fromStatus, toStatus, changedBy, note, changedAt);
	}
}
