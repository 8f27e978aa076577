package org.concord.leads;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.RoutablePartner;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Routing against the database: every partner's profile, how many open leads each holds and when each was
 * last offered one, ranked by the {@link RoutingEngine}; then the offer to the first, with the contact deadline
 * in working days of the business calendar. Runs inside the caller's transaction.
 */
@Component
class LeadRouter {

	static final List<LeadStatus> OPEN = List.of(LeadStatus.OFFERED, LeadStatus.WORKING);

	private final PartnerDirectory partners;
	private final LeadRepository leads;
	private final BusinessCalendar calendar;
	private final Clock clock;

	LeadRouter(PartnerDirectory partners, LeadRepository leads, BusinessCalendar calendar, Clock clock) {
		this.partners = partners;
		this.leads = leads;
		this.calendar = calendar;
		this.clock = clock;
	}

	RoutingProposal propose(Lead lead, LeadSettings settings) {
		Map<UUID, Long> load = leads.openLoad(OPEN).stream()
				.collect(Collectors.toMap(PartnerLoad::partnerId, PartnerLoad::openLeads));
		Map<UUID, Instant> lastOffered = leads.lastOffers().stream()
				.collect(Collectors.toMap(LastOffer::partnerId, LastOffer::offeredAt));
		List<Candidate> candidates = partners.routablePartners().stream()
				.map(p -> candidate(p, load.getOrDefault(p.id().value(), 0L), lastOffered.get(p.id().value()))).toList();
		return RoutingEngine.propose(lead.profile(), candidates, settings.rules());
	}

	/** Offers the lead to the partner ranked first, or hands it to a channel manager when nobody is left. */
	void route(Lead lead, LeadSettings settings, String why) {
		RoutingProposal proposal = propose(lead, settings);
		if (proposal.ranking().isEmpty()) {
			String reason = proposal.notes().isEmpty() ? "No partner can take this lead now ("
					+ proposal.passedOver().size() + " passed over)." : String.join(" ", proposal.notes());
			lead.toChannelManager(reason, clock.instant());
			return;
		}
		RoutingProposal.Ranked first = proposal.ranking().getFirst();
		offer(lead, first.partner(), null, why + " Ranked first of " + proposal.ranking().size() + ": "
				+ String.join("; ", first.reasons()) + ".", settings);
	}

	void offer(Lead lead, PartnerId partner, UserId byHand, String why, LeadSettings settings) {
		Instant now = clock.instant();
		Instant due = calendar.deadline(now, settings.contactWorkingDays());
		Instant remind = due.minus(settings.reminderBefore());
		lead.offer(partner, byHand, why, due, remind.isBefore(now) ? now : remind, now);
	}

	private static Candidate candidate(RoutablePartner p, long openLeads, Instant lastOffered) {
		var profile = p.profile();
		return new Candidate(p.id(), p.name(), p.tier().ordinal(), p.tier().label(), p.country(), p.region(),
				profile.postalPrefixes(), profile.latitude(), profile.longitude(), profile.products(), profile.industries(),
				profile.certifications(), (int) openLeads, profile.leadCapacity(), profile.leadFlowOn(), lastOffered, p.type());
	}
}
