package org.concord.registrations;

import java.time.Instant;

/** A partner in line for a registered company, as the channel team sees it on the registration. */
public record WaitingView(int place, String partnerName, RegistrationId registration, Instant queuedAt, Instant toldAt,
		Instant registeredAgainAt) {
}
