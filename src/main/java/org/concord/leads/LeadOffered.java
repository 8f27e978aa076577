package org.concord.leads;

import java.time.Instant;

import org.concord.shared.PartnerId;

/** A lead was offered to a partner, which must make contact by {@code contactDueAt}. */
public record LeadOffered(LeadId lead, PartnerId partner, Instant contactDueAt, boolean byHand) {
}
