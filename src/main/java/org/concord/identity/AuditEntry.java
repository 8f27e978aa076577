package org.concord.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: who did what, to whom, when and from where. Never changed once written. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private UUID id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String subject;

	private String detail;

	private String clientAddress;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String subject, String detail, String clientAddress) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.actor = fit(actor, 100);
		this.action = fit(action, 60);
		this.subject = fit(subject, 200);
		this.detail = fit(detail, 500);
		this.clientAddress = fit(clientAddress, 64);
	}

	/** Cut to the column's length: an audit line is never refused for being long. */
	private static String fit(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	UUID id() {
		return id;
	}

	AuditRecord toRecord() {
		return new AuditRecord(occurredAt, actor, action, subject, detail, clientAddress);
	}
}
