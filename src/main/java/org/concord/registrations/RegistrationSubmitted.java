package org.concord.registrations;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** A partner submitted a registration that passed the duplicate check. */
public record RegistrationSubmitted(RegistrationId registration, PartnerId partner, UserId submittedBy) {
}
