package org.concord.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An assessment proposed tier changes for these partners: their account managers hear of them together. */
public record TierChangesProposed(LocalDate assessedOn, List<UUID> partners) {
}
