package org.concord.partners;

import java.time.Instant;

import org.concord.shared.EngagementKind;

/** One entry of a person's engagement history: what kind, as people read it, about what, and when. */
public record EngagementView(EngagementKind kind, String label, String subject, Instant at) {
}
