package org.concord.training;

import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** A person's certification expires within 30 days: they and their partner's account manager are told. */
public record CertificationExpiring(UUID heldId, UserId person, PartnerId partner, String certification,
		LocalDate expiresOn) {
}
