package org.concord.leads;

import java.util.Objects;
import java.util.UUID;

/** Identifies a lead the vendor routes to partners. */
public record LeadId(UUID value) {

	public LeadId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
