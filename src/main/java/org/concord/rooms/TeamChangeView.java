package org.concord.rooms;

import java.time.Instant;

/** A line of the team feed: what changed, and when. */
public record TeamChangeView(String change, Instant at) {
}
