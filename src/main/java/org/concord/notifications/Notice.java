package org.concord.notifications;

import java.time.Instant;
import java.util.UUID;

/** An in-portal notice, and whether its person has read it. */
public record Notice(UUID id, String text, String link, Instant createdAt, boolean read) {
}
