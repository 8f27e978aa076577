package org.concord.leads;

import java.util.List;

import org.concord.customers.NewContact;
import org.concord.shared.PartnerId;

/** One lead with its contact, consent and routing history. */
public record LeadDetails(LeadSummary summary, NewContact contact, Double latitude, Double longitude,
		String certification, String notes, List<RoutingStepView> history) {

	/** The same with only the routing steps about this partner: what a partner the lead was offered to may read. */
	public LeadDetails stepsAbout(PartnerId partner) {
		return new LeadDetails(summary, contact, latitude, longitude, certification, notes,
				history.stream().filter(step -> partner.value().equals(step.partnerId())).toList());
	}
}
