package org.concord.customers;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer contact. */
public record ContactId(UUID value) {

	public ContactId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
