package org.concord.registrations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.CurrentActor;
import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Component;

/**
 * A partner's registrations and deals on its profile page: how many in each status ({@link RegistrationTally}, not a
 * count over the registrations), the open pipeline's monthly revenue, the latest ones, and when they came and were decided.
 */
@Component
class PartnerRegistrationsSection implements ProfileSections {

	private static final int LATEST = 5;
	/** The statuses of the open pipeline: registered and not yet won, lost or ended. */
	private static final Set<RegistrationStatus> OPEN = EnumSet.of(RegistrationStatus.SUBMITTED,
			RegistrationStatus.RETURNED, RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE);

	private final RegistrationLists lists;
	private final RegistrationTally tally;
	private final CurrentActor actor;

	PartnerRegistrationsSection(RegistrationLists lists, RegistrationTally tally, CurrentActor actor) {
		this.lists = lists;
		this.tally = tally;
		this.actor = actor;
	}

	@Override
	public int position() {
		return 20;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		Map<RegistrationStatus, Long> counts = new TreeMap<>();
		Map<String, BigDecimal> openMrr = new TreeMap<>();
		Map<String, BigDecimal> wonMrr = new TreeMap<>();
		for (RegistrationTally.StatusTotal total : tally.byStatus(partner.value())) {
			counts.merge(total.status(), total.registrations(), Long::sum);
			if (total.status() == RegistrationStatus.WON) {
				wonMrr.merge(total.currency(), total.mrr(), BigDecimal::add);
			}
			if (OPEN.contains(total.status())) {
				openMrr.merge(total.currency(), total.mrr(), BigDecimal::add);
			}
		}
		List<ProfileSection.Fact> facts = new ArrayList<>();
		counts.forEach((status, count) -> facts.add(new ProfileSection.Fact(status.label(), String.valueOf(count))));
		openMrr.forEach((currency, mrr) -> facts.add(new ProfileSection.Fact("Open pipeline (MRR)", Money.of(mrr, currency).toString())));
		wonMrr.forEach((currency, mrr) -> facts.add(new ProfileSection.Fact("Won (MRR)", Money.of(mrr, currency).toString())));
		if (!actor.scope().sees(partner)) {
			// a related company (a sub-account, or the parent) is read in figures only: its deals are its own
			return new ProfileSection("registrations", "Registrations and deals", facts, List.of(), null, List.of());
		}
		List<ProfileSection.Item> items = new ArrayList<>();
		List<ProfileSection.Activity> activity = new ArrayList<>();
		for (RegistrationSummary r : lists.list(null, null, partner.value(), null, 0, LATEST).content()) {
			String link = "/registrations/" + r.id();
			items.add(new ProfileSection.Item(r.companyName(), r.status().label() + " · " + r.stage().label() + " · "
					+ r.estimatedMrr() + " a month", link));
			activity.add(new ProfileSection.Activity(r.submittedAt(), "Registered " + r.companyName(), link));
			if (r.decidedAt() != null) {
				activity.add(new ProfileSection.Activity(r.decidedAt(), r.companyName() + ": " + r.status().label(), link));
			}
		}
		return new ProfileSection("registrations", "Registrations and deals", facts, items,
				"/leads?partner=" + partner, activity);
	}

	@Override
	public Set<PortalRoom> rooms() {
		return Set.of(PortalRoom.LEADS, PortalRoom.DEALS);
	}
}
