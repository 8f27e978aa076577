package org.concord.notifications;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "outgoing_mail")
class OutgoingMail {

	enum Status {
		QUEUED, SENT, KEPT, FAILED
	}

	@Id
	private UUID id;

	private String sender;

	private String recipient;

	private String subject;

	@Column(length = 20000)
	private String body;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant queuedAt;

	private Instant deliveredAt;

	private String failure;

	protected OutgoingMail() {
	}

	OutgoingMail(Mail mail, Instant now) {
		this.id = UUID.randomUUID();
		this.sender = mail.from();
		this.recipient = mail.to();
		this.subject = mail.subject();
		this.body = mail.text();
		this.status = Status.QUEUED;
		this.queuedAt = now;
	}

	/** Delivered over SMTP: the body is kept without the secrets of its one-time links. */
	void delivered(Instant now) {
		this.status = Status.SENT;
		this.deliveredAt = now;
		this.body = OneTimeLinks.redact(body);
	}

	/** No SMTP server is configured: the mail stays here for a vendor admin to read. */
	void kept(Instant now) {
		this.status = Status.KEPT;
		this.deliveredAt = now;
	}

	void failed(String reason) {
		this.status = Status.FAILED;
		this.failure = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 250));
	}

	boolean isQueued() {
		return status == Status.QUEUED || status == Status.FAILED;
	}

	Mail toMail() {
		return new Mail(sender, recipient, subject, body);
	}

	/** As the Sent mail page shows it: one-time links readable only in the demo outbox. */
	SentMail toView(boolean withOneTimeLinks) {
		return new SentMail(id, sender, recipient, subject, withOneTimeLinks ? body : OneTimeLinks.redact(body),
				status.name(), queuedAt, deliveredAt);
	}

	UUID id() {
		return id;
	}
}
