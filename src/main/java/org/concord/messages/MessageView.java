package org.concord.messages;

import java.time.Instant;
import java.util.UUID;

/** A message as pages and the API show it: its Markdown and that Markdown as sanitized HTML. */
public record MessageView(UUID id, UUID authorId, String authorName, boolean vendorSide, String body, String bodyHtml,
		Instant sentAt) {
}
