package org.concord.notifications;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notice waiting for its recipient's next daily digest. */
@Entity
@Table(name = "digest_item")
class DigestItem {

	@Id
	private UUID id;

	private UUID recipientId;

	private String recipient;

	private String sender;

	@Enumerated(EnumType.STRING)
	private Topic topic;

	private String headline;

	private String link;

	private Instant createdAt;

	private Instant sentAt;

	protected DigestItem() {
	}

	DigestItem(UUID recipientId, Mail mail, Topic topic, String headline, String link, Instant now) {
		this.id = UUID.randomUUID();
		this.recipientId = recipientId;
		this.recipient = mail.to();
		this.sender = mail.from();
		this.topic = topic;
		this.headline = headline.length() > 500 ? headline.substring(0, 500) : headline;
		this.link = link;
		this.createdAt = now;
	}

	void sent(Instant now) {
		sentAt = now;
	}

	UUID recipientId() {
		return recipientId;
	}

	String recipient() {
		return recipient;
	}

	String sender() {
		return sender;
	}

	Topic topic() {
		return topic;
	}

	String line() {
		return "- " + headline + (link == null ? "" : "\n  " + link);
	}
}
