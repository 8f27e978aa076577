package org.concord.shared;

import java.time.Instant;

/**
 * Someone joined or left a partnership's team, or their role or how to reach them changed: for the Contacts room's
 * feed of team changes. Published in the transaction that makes the change.
 */
public record TeamChanged(PartnerId partner, UserId person, String change, Instant at) {
}
