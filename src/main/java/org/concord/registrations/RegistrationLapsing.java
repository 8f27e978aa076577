package org.concord.registrations;

import java.time.Instant;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** A registration returned for information lapses at {@code lapsesAt} unless the partner answers before. */
public record RegistrationLapsing(RegistrationId registration, PartnerId partner, UserId submittedBy, Instant lapsesAt) {
}
