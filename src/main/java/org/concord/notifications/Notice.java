package org.concord.notifications;

import java.time.Instant;

/** An in-portal notice. */
public record Notice(String text, String link, Instant createdAt) {
}
