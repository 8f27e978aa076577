package org.concord.partners;

import java.time.Instant;
import java.util.UUID;

/** A change of a partner's type or tier as its history shows it: "tier", from Silver to Gold, why, by whom, when. */
public record PartnerChangeView(String field, String from, String to, String reason, UUID changedBy, Instant changedAt) {
}
