package org.concord.registrations;

import java.time.Instant;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** A registration's protection nears its end: the partner is warned (by default at 75 and 105 days). */
public record RegistrationExpiring(RegistrationId registration, PartnerId partner, UserId submittedBy,
		Instant protectedUntil) {
}
