package org.concord.notifications;

import java.time.Instant;
import java.util.UUID;

/** A row of the sent-mail page; one-time links in the body are redacted except in the demo outbox. */
public record SentMail(UUID id, String from, String to, String subject, String body, String status,
		Instant queuedAt, Instant deliveredAt) {
}
