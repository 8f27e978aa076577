package org.concord.leads;

import org.concord.shared.PartnerId;

/** A lead was taken back from a partner (deadline passed, or the channel team moved it), with the reason. */
public record LeadTakenBack(LeadId lead, PartnerId partner, String reason) {
}
