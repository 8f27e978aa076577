package org.concord.scoring;

import java.util.List;
import java.util.Set;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Component;

/** A partner's badges on its profile page: those it holds, and the award history behind "more". */
@Component
class BadgeSection implements ProfileSections {

	private final Badges badges;

	BadgeSection(Badges badges) {
		this.badges = badges;
	}

	@Override
	public int position() {
		return 46;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		List<BadgeAwardView> awards = badges.of(partner);
		List<ProfileSection.Item> items = awards.stream().limit(10).map(a -> new ProfileSection.Item(a.badgeName()
				+ (a.held() ? "" : " (revoked)"), a.reason(), null)).toList();
		return new ProfileSection("badges", "Badges", List.of(new ProfileSection.Fact("Held",
				String.valueOf(awards.stream().filter(BadgeAwardView::held).count()))), items, "/partners/" + partner + "/badges",
				List.of());
	}

	@Override
	public Set<PortalRoom> rooms() {
		return Set.of(PortalRoom.PERFORMANCE);
	}
}
