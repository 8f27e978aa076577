package org.concord.scoring;

import java.util.List;
import java.util.Set;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Component;

/** A partner's scorecard on its profile page: score, rank among its peers, and the KPIs short of their target. */
@Component
class ScorecardSection implements ProfileSections {

	private final Scorecards scorecards;

	ScorecardSection(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@Override
	public int position() {
		return 48;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		String link = "/partners/" + partner + "/scorecard";
		return scorecards.of(partner).map(card -> new ProfileSection("scorecard", "Scorecard", List.of(
				new ProfileSection.Fact("Score " + card.computedOn(), card.score() == null ? "—" : card.score().toPlainString()),
				new ProfileSection.Fact("Rank among " + card.partnerTypeName() + "s", card.rank() + " of " + card.peers()
						+ " (percentile " + card.percentile() + ")")),
				card.kpis().stream().filter(k -> !k.met()).map(k -> new ProfileSection.Item(k.label(), k.value().toPlainString()
						+ " against a target of " + k.target().toPlainString(), null)).toList(), link, List.of()))
				.orElseGet(() -> new ProfileSection("scorecard", "Scorecard", List.of(), List.of(), link, List.of()));
	}

	@Override
	public Set<PortalRoom> rooms() {
		return Set.of(PortalRoom.PERFORMANCE);
	}
}
