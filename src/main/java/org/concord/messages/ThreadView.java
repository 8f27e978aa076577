package org.concord.messages;

import java.time.Instant;
import java.util.UUID;

/** A conversation as lists show it: its partner, topic, when it started and last moved, and what the reader has not read. */
public record ThreadView(UUID id, String partnerId, String partnerName, String topic, Instant startedAt, Instant lastMessageAt,
		int messages, long unread) {
}
