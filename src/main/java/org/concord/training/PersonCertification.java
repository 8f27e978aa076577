package org.concord.training;

import java.time.LocalDate;
import java.util.UUID;

/** A certification a person earned: when, until when, and whether it still holds on the day asked. */
public record PersonCertification(UUID id, UUID certificationId, String name, UUID personId, String personName,
		LocalDate earnedOn, LocalDate expiresOn, boolean valid) {
}
