package org.concord.notifications;

import java.time.Instant;
import java.util.UUID;

/** A row of the sent-mail page. The body is empty once the mail has been delivered over SMTP. */
public record SentMail(UUID id, String from, String to, String subject, String body, String status,
		Instant queuedAt, Instant deliveredAt) {
}
