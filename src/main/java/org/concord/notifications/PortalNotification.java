package org.concord.notifications;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notice shown to one person in the portal (on the Overview, and under Notices), read or not yet. */
@Entity
@Table(name = "portal_notification")
class PortalNotification {

	@Id
	private UUID id;

	private UUID recipientId;

	private String message;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected PortalNotification() {
	}

	PortalNotification(UUID recipientId, String text, String link, Instant now) {
		this.id = UUID.randomUUID();
		this.recipientId = recipientId;
		this.message = text;
		this.link = link;
		this.createdAt = now;
	}

	Notice toView() {
		return new Notice(id, message, link, createdAt, readAt != null);
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	/** Where the notice leads: a path of this portal only, never another site. */
	String link() {
		return link != null && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : "/";
	}
}
