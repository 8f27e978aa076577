package org.concord.registrations;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.modulith.NamedInterface;

/** A registration was approved, rejected (also as a duplicate), or returned for more information. */
@NamedInterface("deals")
public record RegistrationDecided(RegistrationId registration, PartnerId partner, UserId submittedBy,
		RegistrationStatus outcome, String note) {
}
