package org.concord.registrations;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** A deal moved from one pipeline stage to another; {@code byVendor} when the vendor moved it (the partner is told). */
public record StageChanged(RegistrationId registration, PartnerId partner, UserId submittedBy, String companyName, Stage from,
		Stage to, boolean byVendor) {
}
