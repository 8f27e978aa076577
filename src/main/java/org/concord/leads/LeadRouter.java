package org.concord.leads;

import java.sql.Array;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.RoutablePartner;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
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
	private final JdbcTemplate jdbc;

	LeadRouter(PartnerDirectory partners, LeadRepository leads, BusinessCalendar calendar, Clock clock,
			JdbcTemplate jdbc) {
		this.partners = partners;
		this.leads = leads;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
	}

	RoutingProposal propose(Lead lead, LeadSettings settings) {
		return RoutingEngine.propose(lead.profile(), candidates(), settings.rules(), this::workloads);
	}

	/** Every partner as routing sees it: its profile; how busy it is is asked only for those that meet the rules. */
	List<Candidate> candidates() {
		return partners.routablePartners().stream().map(LeadRouter::candidate).toList();
	}

	/**
	 * Open leads and the last offer of each of these partners: two index lookups with the partners bound as one
	 * array, however many there are.
	 */
	Map<PartnerId, RoutingEngine.Workload> workloads(List<PartnerId> pool) {
		Map<UUID, Long> open = new HashMap<>();
		Map<UUID, Instant> offered = new HashMap<>();
		jdbc.execute((Connection connection) -> {
			Array ids = connection.createArrayOf("UUID", pool.stream().map(PartnerId::value).toArray());
			try (var counts = connection.prepareStatement("select partner_id, count(*) from lead where partner_id = any (?)"
					+ " and status in ('OFFERED', 'WORKING') group by partner_id");
					var lasts = connection.prepareStatement(
							"select partner_id, max(offered_at) from lead_offer where partner_id = any (?) group by partner_id")) {
				counts.setArray(1, ids);
				try (var rows = counts.executeQuery()) {
					while (rows.next()) {
						open.put(rows.getObject(1, UUID.class), rows.getLong(2));
					}
				}
				lasts.setArray(1, ids);
				try (var rows = lasts.executeQuery()) {
					while (rows.next()) {
						offered.put(rows.getObject(1, UUID.class), rows.getObject(2, OffsetDateTime.class).toInstant());
					}
				}
			}
			finally {
				ids.free();
			}
			return null;
		});
		Map<PartnerId, RoutingEngine.Workload> workloads = new HashMap<>();
		pool.forEach(p -> workloads.put(p, new RoutingEngine.Workload(open.getOrDefault(p.value(), 0L).intValue(),
				offered.get(p.value()))));
		return workloads;
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

	private static Candidate candidate(RoutablePartner p) {
		var profile = p.profile();
		return new Candidate(p.id(), p.name(), p.tier().ordinal(), p.tier().label(), p.country(), p.region(),
				profile.postalPrefixes(), profile.latitude(), profile.longitude(), profile.products(), profile.industries(),
				profile.certifications(), 0, profile.leadCapacity(), profile.leadFlowOn(), null, p.typeName(),
				p.takesVendorLeads());
	}
}
