package org.concord.leads;

import java.util.List;

import org.concord.shared.PartnerId;

/**
 * The ranking routing proposes, why each partner is where it is, and why the others were passed over. When a
 * required rule leaves nobody, the lead goes to a channel manager.
 */
public record RoutingProposal(List<Ranked> ranking, List<PassedOver> passedOver, boolean toChannelManager,
		List<String> notes) {

	public record Ranked(PartnerId partner, String name, int position, List<String> reasons) {
	}

	public record PassedOver(PartnerId partner, String name, String reason) {
	}
}
