package org.concord.registrations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A partner told "already registered", in line for the registration that holds the company. When that claim ends, the
 * first in line is told it may register now; it gets no claim until it does.
 */
@Entity
@Table(name = "registration_waiting")
class WaitingEntry {

	@Id
	private UUID id;

	private UUID claimRegistrationId;

	private UUID waitingRegistrationId;

	private UUID partnerId;

	private Instant queuedAt;

	private Instant toldAt;

	private Instant registeredAgainAt;

	protected WaitingEntry() {
	}

	WaitingEntry(UUID claimRegistrationId, UUID waitingRegistrationId, UUID partnerId, Instant now) {
		this.id = UUID.randomUUID();
		this.claimRegistrationId = claimRegistrationId;
		this.waitingRegistrationId = waitingRegistrationId;
		this.partnerId = partnerId;
		this.queuedAt = now;
	}

	void told(Instant now) {
		toldAt = now;
	}

	void registeredAgain(Instant now) {
		registeredAgainAt = now;
	}

	/** Told the company is open again, and not registered again yet. */
	boolean isToldAndOpen() {
		return toldAt != null && registeredAgainAt == null;
	}

	UUID waitingRegistrationId() {
		return waitingRegistrationId;
	}

	UUID partnerId() {
		return partnerId;
	}

	WaitingView toView(String partnerName, int place) {
		return new WaitingView(place, partnerName, new RegistrationId(waitingRegistrationId), queuedAt, toldAt, registeredAgainAt);
	}
}
