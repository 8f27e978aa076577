package org.concord.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the Contact Log: the partner's evidence that the opportunity is being worked. */
@Entity
@Table(name = "contact_log_entry")
class ContactLogEntry {

	@Id
	private UUID id;

	private UUID authorId;

	private LocalDate contactedOn;

	@Enumerated(EnumType.STRING)
	private ContactType type;

	private String summary;

	private Instant createdAt;

	protected ContactLogEntry() {
	}

	ContactLogEntry(UUID author, LocalDate contactedOn, ContactType type, String summary, Instant now) {
		this.id = UUID.randomUUID();
		this.authorId = author;
		this.contactedOn = contactedOn;
		this.type = type;
		this.summary = summary;
		this.createdAt = now;
	}

	LocalDate contactedOn() {
		return contactedOn;
	}

	RegistrationDetails.ContactLogLine toView() {
		return new RegistrationDetails.ContactLogLine(contactedOn, type, summary, authorId);
	}
}
