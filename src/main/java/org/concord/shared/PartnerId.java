package org.concord.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partner company. */
public record PartnerId(UUID value) {

	public PartnerId {
		Objects.requireNonNull(value, "value");
	}

	public static PartnerId random() {
		return new PartnerId(UUID.randomUUID());
	}

	public static PartnerId of(String value) {
		return new PartnerId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
