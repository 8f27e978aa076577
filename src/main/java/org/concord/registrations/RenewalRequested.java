package org.concord.registrations;

import org.concord.shared.PartnerId;

/** A partner asked to renew a registration and the vendor decides: grant it or take the opportunity over. */
public record RenewalRequested(RegistrationId registration, PartnerId partner, String companyName) {
}
