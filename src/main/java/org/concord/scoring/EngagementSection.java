package org.concord.scoring;

import java.util.List;
import java.util.Set;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Component;

/** A partner's engagement on its profile page: the last month scored, its band and trend, and the months before. */
@Component
class EngagementSection implements ProfileSections {

	private static final int MONTHS = 6;

	private final EngagementScores scores;

	EngagementSection(EngagementScores scores) {
		this.scores = scores;
	}

	@Override
	public int position() {
		return 50;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		List<EngagementScoreView> history = scores.history(partner);
		if (history.isEmpty()) {
			return new ProfileSection("engagement", "Engagement", List.of(), List.of(), null, List.of());
		}
		EngagementScoreView last = history.getFirst();
		List<ProfileSection.Fact> facts = List.of(new ProfileSection.Fact("Score " + last.month(), last.score().toPlainString()),
				new ProfileSection.Fact("Band", last.bandLabel()),
				new ProfileSection.Fact("Trend", last.trend() + (last.change() == null ? "" : " (" + signed(last) + ")")),
				new ProfileSection.Fact("Activity · performance · commitment", last.activity().toPlainString() + " · "
						+ last.performance().toPlainString() + " · " + last.commitment().toPlainString()));
		List<ProfileSection.Item> items = history.stream().skip(1).limit(MONTHS - 1)
				.map(v -> new ProfileSection.Item(v.month().toString(), v.score().toPlainString() + " · " + v.bandLabel(), null))
				.toList();
		return new ProfileSection("engagement", "Engagement", facts, items, null, List.of());
	}

	private static String signed(EngagementScoreView view) {
		return (view.change().signum() > 0 ? "+" : "") + view.change().toPlainString();
	}

	@Override
	public Set<PortalRoom> rooms() {
		return Set.of(PortalRoom.PERFORMANCE);
	}
}
