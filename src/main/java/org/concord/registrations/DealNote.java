package org.concord.registrations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note on a deal written after it was submitted (the competition, what the buyer said), with who and when. */
@Entity
@Table(name = "registration_note")
class DealNote {

	@Id
	private UUID id;

	private UUID authorId;

	private Instant writtenAt;

	private String text;

	protected DealNote() {
	}

	DealNote(UUID authorId, String text, Instant now) {
		this.id = UUID.randomUUID();
		this.authorId = authorId;
		this.text = text;
		this.writtenAt = now;
	}

	RegistrationDetails.NoteLine toView() {
		return new RegistrationDetails.NoteLine(authorId, writtenAt, text);
	}
}
