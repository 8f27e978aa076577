package org.concord.leads;

import java.time.Instant;
import java.util.UUID;

/** A line of a lead's routing history as pages and the API show it. */
public record RoutingStepView(RoutingAction action, UUID partnerId, UUID actorId, String note, Instant at) {
}
