package org.concord.registrations;

import java.time.Instant;

import org.concord.shared.PartnerId;

/** A submission is still undecided after its approval SLA ran out: the channel managers are told. */
public record RegistrationOverdue(RegistrationId registration, PartnerId partner, String companyName, Instant dueAt) {
}
