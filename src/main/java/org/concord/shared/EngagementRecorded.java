package org.concord.shared;

import java.time.Instant;

/**
 * A partner person engaged with the program: the module where it happened says so, and the partners module keeps it
 * in the person's engagement history (and, later, counts it in the engagement score). {@code subject} says what:
 * the company registered, the course, the file.
 */
public record EngagementRecorded(UserId person, PartnerId partner, EngagementKind kind, String subject, Instant at) {
}
