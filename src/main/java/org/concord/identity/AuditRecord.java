package org.concord.identity;

import java.time.Instant;

/** An audit log line as the vendor admin's page shows it. */
public record AuditRecord(Instant occurredAt, String actor, String action, String subject, String detail,
		String clientAddress) {
}
