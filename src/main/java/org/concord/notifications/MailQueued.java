package org.concord.notifications;

import java.util.UUID;

/** A mail was stored and waits for delivery. */
public record MailQueued(UUID mailId) {
}
