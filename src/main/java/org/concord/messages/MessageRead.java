package org.concord.messages;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How far one person has read one thread: the messages sent after it are unread to them. */
@Entity
@Table(name = "message_read")
@IdClass(MessageRead.Key.class)
class MessageRead {

	record Key(UUID threadId, UUID personId) implements Serializable {
	}

	@Id
	private UUID threadId;

	@Id
	private UUID personId;

	private Instant readAt;

	protected MessageRead() {
	}

	MessageRead(UUID threadId, UUID personId, Instant now) {
		this.threadId = threadId;
		this.personId = personId;
		this.readAt = now;
	}

	void readUpTo(Instant now) {
		if (now.isAfter(readAt)) {
			readAt = now;
		}
	}
}
