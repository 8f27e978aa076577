package org.concord.training;

import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** A partner person earned a certification (badges listen). */
public record CertificationEarned(UUID heldId, UserId person, PartnerId partner, String certification, LocalDate expiresOn) {
}
