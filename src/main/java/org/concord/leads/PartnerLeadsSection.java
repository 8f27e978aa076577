package org.concord.leads;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.CurrentActor;
import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A partner's leads from the vendor on its profile page: its scorecard's counts (offers, contacted, missed,
 * declined) and the leads it holds now, latest first. Leads offered to it and gone to another partner are not named.
 */
@Component
class PartnerLeadsSection implements ProfileSections {

	private static final int LATEST = 5;

	private final JdbcTemplate jdbc;
	private final LeadScorecardTally scorecard;
	private final CurrentActor actor;

	PartnerLeadsSection(JdbcTemplate jdbc, LeadScorecardTally scorecard, CurrentActor actor) {
		this.jdbc = jdbc;
		this.scorecard = scorecard;
		this.actor = actor;
	}

	@Override
	public int position() {
		return 30;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		List<ProfileSection.Fact> facts = new ArrayList<>();
		for (ScorecardCounts counts : scorecard.counts(partner.value(), 0, 1)) {
			facts.add(new ProfileSection.Fact("Offered", String.valueOf(counts.offers())));
			facts.add(new ProfileSection.Fact("Contacted", String.valueOf(counts.contacted())));
			facts.add(new ProfileSection.Fact("Missed", String.valueOf(counts.misses())));
			facts.add(new ProfileSection.Fact("Declined", String.valueOf(counts.declines())));
		}
		List<ProfileSection.Item> items = new ArrayList<>();
		List<ProfileSection.Activity> activity = new ArrayList<>();
		if (!actor.scope().sees(partner)) {
			// a related company (a sub-account, or the parent) is read in figures only: its leads are its own
			return new ProfileSection("leads", "Leads from the vendor", facts, items, null, activity);
		}
		jdbc.query("select id, company_name, status, offered_at from lead where partner_id = ? and offered_at is not null"
				+ " order by offered_at desc, id fetch first " + LATEST + " rows only", row -> {
					String link = "/lead-routing/" + row.getObject(1);
					LeadStatus status = LeadStatus.valueOf(row.getString(3));
					items.add(new ProfileSection.Item(row.getString(2), status.label(), link));
					Timestamp offered = row.getTimestamp(4);
					activity.add(new ProfileSection.Activity(offered.toInstant(), "Lead offered: " + row.getString(2), link));
				}, partner.value());
		return new ProfileSection("leads", "Leads from the vendor", facts, items, "/lead-routing", activity);
	}

	@Override
	public Set<PortalRoom> rooms() {
		return Set.of(PortalRoom.LEADS);
	}
}
