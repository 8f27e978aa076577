package org.concord.scoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment proposed tier changes, all made at one instant: the account managers hear of them together. The
 * partners are read from the proposals, not carried here (an assessment of 10,000 partners may propose thousands).
 */
public record TierChangesProposed(LocalDate assessedOn, Instant proposedAt) {
}
