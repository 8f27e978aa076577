package org.concord.messages;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;

/** One message of a thread, in Markdown as its author wrote it; written once, never changed. */
@Entity
@Table(name = "message")
class Message {

	static final int LONGEST_BODY = 10_000;

	@Id
	private UUID id;

	private UUID threadId;

	private UUID authorId;

	private String authorName;

	private boolean vendorSide;

	private String body;

	private Instant sentAt;

	protected Message() {
	}

	Message(UUID threadId, UUID authorId, String authorName, boolean vendorSide, String body, Instant now) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > LONGEST_BODY) {
			throw new InvalidInputException("body", "Write a message of at most " + LONGEST_BODY + " characters.");
		}
		this.id = UUID.randomUUID();
		this.threadId = threadId;
		this.authorId = authorId;
		this.authorName = authorName;
		this.vendorSide = vendorSide;
		this.body = text;
		this.sentAt = now;
	}

	String body() {
		return body;
	}

	UUID authorId() {
		return authorId;
	}

	MessageView toView(String html) {
		return new MessageView(id, authorId, authorName, vendorSide, body, html, sentAt);
	}
}
