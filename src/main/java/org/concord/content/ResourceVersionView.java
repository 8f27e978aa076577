package org.concord.content;

import java.time.Instant;

/** One version of a library item, kept when a newer one replaces it. */
public record ResourceVersionView(int number, String fileName, String contentType, Long sizeBytes, String link, String note,
		Instant uploadedAt) {
}
