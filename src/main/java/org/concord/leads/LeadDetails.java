package org.concord.leads;

import java.util.List;

import org.concord.customers.NewContact;

/** One lead with its contact, consent and routing history. */
public record LeadDetails(LeadSummary summary, NewContact contact, Double latitude, Double longitude,
		String certification, String notes, List<RoutingStepView> history) {
}
