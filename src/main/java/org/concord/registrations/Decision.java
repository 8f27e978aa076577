package org.concord.registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The channel team's decision on a registration: when it is due (the SLA), who made it and when, why a rejection,
 * the question of a return and whether its lapse was warned of, and when an overdue one was escalated.
 */
@Embeddable
class Decision {

	private Instant decisionDueAt;

	private Instant decidedAt;

	private UUID decidedBy;

	@Enumerated(EnumType.STRING)
	private RejectionReason rejectionReason;

	private String decisionNote;

	private Instant returnedAt;

	private boolean lapseWarned;

	private Instant escalatedAt;

	/** A note for the reviewer only (never shown to the partner), e.g. a close name match. */
	private String reviewFlag;

	/** The SLA's clock starts (again): an escalation already sent belongs to the previous one. */
	void dueBy(Instant due) {
		decisionDueAt = due;
		escalatedAt = null;
	}

	/** Decided by this person, or by the system when {@code by} is null. */
	void made(UUID by, Instant now) {
		decidedAt = now;
		decidedBy = by;
	}

	void rejectedFor(RejectionReason reason, String note) {
		rejectionReason = reason;
		decisionNote = note;
	}

	void returnedWith(String question, Instant now) {
		decisionNote = question;
		returnedAt = now;
		lapseWarned = false;
	}

	void answered() {
		returnedAt = null;
	}

	Instant lapsesAt(Duration lapse) {
		return returnedAt == null ? null : returnedAt.plus(lapse);
	}

	boolean isLapseWarned() {
		return lapseWarned;
	}

	void lapseWarned() {
		lapseWarned = true;
	}

	boolean isEscalationDue(Instant now) {
		return escalatedAt == null && now.isAfter(decisionDueAt);
	}

	void escalated(Instant now) {
		escalatedAt = now;
	}

	void flagForReview(String flag) {
		reviewFlag = flag;
	}

	UUID decidedBy() {
		return decidedBy;
	}

	Instant dueAt() {
		return decisionDueAt;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	RejectionReason rejectionReason() {
		return rejectionReason;
	}

	String note() {
		return decisionNote;
	}

	String reviewFlag() {
		return reviewFlag;
	}
}
