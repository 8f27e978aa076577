package org.concord.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person who can log in, on the vendor's side or a partner's. */
public record UserId(UUID value) {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
