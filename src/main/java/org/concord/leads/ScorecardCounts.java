package org.concord.leads;

import java.util.UUID;

record ScorecardCounts(UUID partnerId, long offers, long contacted, long misses, long declines) {
}
