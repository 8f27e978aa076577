package org.concord.leads;

import java.util.UUID;

record PartnerLoad(UUID partnerId, long openLeads) {
}
