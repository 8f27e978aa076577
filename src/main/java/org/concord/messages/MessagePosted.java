package org.concord.messages;

import java.util.UUID;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** Someone wrote in a conversation (or started one): the others in it hear of it, as each chose. */
public record MessagePosted(UUID threadId, PartnerId partner, String topic, UserId author, String authorName, boolean started) {
}
