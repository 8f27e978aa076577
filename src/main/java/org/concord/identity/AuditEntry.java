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
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 500));
		this.clientAddress = clientAddress;
	}

	AuditRecord toRecord() {
		return new AuditRecord(occurredAt, actor, action, subject, detail, clientAddress);
	}
}
