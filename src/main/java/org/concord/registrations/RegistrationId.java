package org.concord.registrations;

import java.util.Objects;
import java.util.UUID;

/** Identifies an opportunity registration. */
public record RegistrationId(UUID value) {

	public RegistrationId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
