package org.concord.leads;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.PartnerId;
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
	private final org.concord.shared.CurrentActor actor;

	PartnerLeadsSection(JdbcTemplate jdbc, org.concord.shared.CurrentActor actor) {
		this.jdbc = jdbc;
		this.actor = actor;
	}

	@Override
	public int position() {
		return 30;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		List<ProfileSection.Fact> facts = new ArrayList<>();
		jdbc.query("select offers, contacted, misses, declines from lead_scorecard where partner_id = ?", row -> {
			facts.add(new ProfileSection.Fact("Offered", String.valueOf(row.getLong(1))));
			facts.add(new ProfileSection.Fact("Contacted", String.valueOf(row.getLong(2))));
			facts.add(new ProfileSection.Fact("Missed", String.valueOf(row.getLong(3))));
			facts.add(new ProfileSection.Fact("Declined", String.valueOf(row.getLong(4))));
		}, partner.value());
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
}
