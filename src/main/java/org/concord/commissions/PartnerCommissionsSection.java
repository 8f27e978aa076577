package org.concord.commissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Component;

/** A partner's commission on its profile page: earned in all, paid out, and pending payout, per currency. */
@Component
class PartnerCommissionsSection implements ProfileSections {

	private final Statements statements;

	PartnerCommissionsSection(Statements statements) {
		this.statements = statements;
	}

	@Override
	public int position() {
		return 40;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		List<ProfileSection.Fact> facts = new ArrayList<>();
		for (CommissionSummary summary : statements.summary(partner)) {
			facts.add(new ProfileSection.Fact("Earned", summary.earned().toString()));
			facts.add(new ProfileSection.Fact("Paid out", summary.paid().toString()));
			facts.add(new ProfileSection.Fact("Pending payout", summary.pendingPayout().toString()));
		}
		return new ProfileSection("commissions", "Commissions", facts, List.of(), "/commissions?partner=" + partner, List.of());
	}

	@Override
	public Set<PortalRoom> rooms() {
		return Set.of(PortalRoom.COMMISSIONS);
	}
}
