package org.concord.leads;

import java.time.Instant;

import org.concord.shared.PartnerId;

/** A partner has not made contact on a lead yet and the deadline is near. */
public record LeadContactDueSoon(LeadId lead, PartnerId partner, Instant contactDueAt) {
}
