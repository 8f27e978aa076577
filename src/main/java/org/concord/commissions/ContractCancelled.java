package org.concord.commissions;

import java.time.LocalDate;
import java.util.UUID;

/** A contract was cancelled from a day, by a person of the channel team. */
public record ContractCancelled(ContractId contract, UUID registrationId, LocalDate from, UUID cancelledBy) {
}
