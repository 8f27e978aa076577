package org.concord.shared;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a partner company. On the wire, a plain string. */
public record PartnerId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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
