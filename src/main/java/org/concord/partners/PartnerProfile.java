package org.concord.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.concord.shared.CurrentActor;
import org.concord.shared.PartnerId;
import org.concord.shared.web.RoomAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's whole profile as one page shows it: the sections other modules contribute ({@link ProfileSections}),
 * and one activity timeline merged from them and the partner's own type and tier changes, newest first.
 */
@Service
public class PartnerProfile {

	/** How much the timeline shows. */
	static final int TIMELINE = 20;

	/** The sections, and the timeline. */
	public record View(List<ProfileSection> sections, List<ProfileSection.Activity> timeline) {
	}

	private final List<ProfileSections> contributors;
	private final PartnerDirectory partners;
	private final CurrentActor actor;
	private final RoomAccess rooms;

	PartnerProfile(List<ProfileSections> contributors, PartnerDirectory partners, CurrentActor actor, RoomAccess rooms) {
		this.rooms = rooms;
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(ProfileSections::position)).toList();
		this.partners = partners;
		this.actor = actor;
	}

	@Transactional(readOnly = true)
	public View of(PartnerId partner) {
		actor.scope().requireReadable(partner, "Partner");
		List<ProfileSection> sections = contributors.stream().filter(this::inOpenRoom).map(c -> c.of(partner)).toList();
		List<ProfileSection.Activity> timeline = new ArrayList<>();
		sections.forEach(s -> timeline.addAll(s.activity()));
		partners.history(partner).forEach(change -> timeline.add(new ProfileSection.Activity(change.changedAt(),
				change.describe(), null)));
		timeline.sort(Comparator.comparing(ProfileSection.Activity::at).reversed());
		return new View(sections, List.copyOf(timeline.subList(0, Math.min(TIMELINE, timeline.size()))));
	}

	/** A partner person sees a section of a room their company sees; vendor staff see every section. */
	private boolean inOpenRoom(ProfileSections section) {
		var own = actor.scope().company();
		return section.rooms().isEmpty() || own.isEmpty() || rooms.opens(own.get(), section.rooms());
	}
}
