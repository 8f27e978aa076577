package org.concord.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Component;

/** A partner's tier score on its profile page: the last assessment's total, the breakdown, and the change under way. */
@Component
class TierSection implements ProfileSections {

	private final TierAssessments assessments;

	TierSection(TierAssessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public int position() {
		return 45;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		String link = "/partners/" + partner + "/tier";
		return assessments.score(partner).map(score -> {
			List<ProfileSection.Fact> facts = new ArrayList<>(List.of(
					new ProfileSection.Fact("Tier score " + score.assessedOn(), score.total() + " / " + TierRubric.OUT_OF),
					new ProfileSection.Fact("Eligible for", score.eligibleTier())));
			if (score.openChange() != null) {
				var change = score.openChange();
				facts.add(new ProfileSection.Fact("Under way", change.fromTier() + " → " + change.toTier()
						+ ("SCHEDULED".equals(change.status()) ? " on " + change.effectiveOn() : ", waiting for approval")));
			}
			List<ProfileSection.Item> items = score.lines().stream()
					.map(line -> new ProfileSection.Item(line.label(), line.points() + " / " + line.maxPoints() + " · " + line.value(), null))
					.toList();
			return new ProfileSection("tier", "Tier score", facts, items, link, List.of());
		}).orElseGet(() -> new ProfileSection("tier", "Tier score", List.of(), List.of(), link, List.of()));
	}

	@Override
	public Set<PortalRoom> rooms() {
		return Set.of(PortalRoom.PERFORMANCE);
	}
}
