package org.concord.commissions;

import java.util.Objects;
import java.util.UUID;

/** Identifies a subscription contract. */
public record ContractId(UUID value) {

	public ContractId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
