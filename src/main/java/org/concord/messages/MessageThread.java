package org.concord.messages;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;

/** A conversation on one topic between a partner's people and the vendor; its messages are kept whole. */
@Entity
@Table(name = "message_thread")
class MessageThread {

	static final int LONGEST_TOPIC = 150;

	@Id
	private UUID id;

	@Version
	private long version;

	private UUID partnerId;

	private String topic;

	private UUID startedBy;

	private Instant startedAt;

	private Instant lastMessageAt;

	private int messages;

	protected MessageThread() {
	}

	MessageThread(PartnerId partner, String topic, UUID startedBy, Instant now) {
		String subject = topic == null ? "" : topic.strip();
		if (subject.isEmpty() || subject.length() > LONGEST_TOPIC) {
			throw new InvalidInputException("topic", "Give the conversation a topic of at most " + LONGEST_TOPIC + " characters.");
		}
		this.id = UUID.randomUUID();
		this.partnerId = partner.value();
		this.topic = subject;
		this.startedBy = startedBy;
		this.startedAt = now;
		this.lastMessageAt = now;
	}

	/** A message joins the thread: it is the latest now. */
	Message post(UUID author, String authorName, boolean vendorSide, String body, Instant now) {
		Message message = new Message(id, author, authorName, vendorSide, body, now);
		this.lastMessageAt = now;
		this.messages++;
		return message;
	}

	UUID id() {
		return id;
	}

	PartnerId partner() {
		return new PartnerId(partnerId);
	}

	String topic() {
		return topic;
	}

	ThreadView toView(String partnerName, long unread) {
		return new ThreadView(id, partnerId.toString(), partnerName, topic, startedAt, lastMessageAt, messages, unread);
	}
}
