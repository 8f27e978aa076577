package org.concord.registrations;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** A registration was approved, rejected (also as a duplicate), or returned for more information. */
public record RegistrationDecided(RegistrationId registration, PartnerId partner, UserId submittedBy,
		RegistrationStatus outcome, String note) {
}
