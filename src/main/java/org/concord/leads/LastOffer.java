package org.concord.leads;

import java.time.Instant;
import java.util.UUID;

record LastOffer(UUID partnerId, Instant offeredAt) {
}
