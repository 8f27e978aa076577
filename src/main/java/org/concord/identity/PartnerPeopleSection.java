package org.concord.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.CurrentActor;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.springframework.stereotype.Component;

/** A partner's people on its profile page: who they are, their roles, when they last logged in. */
@Component
class PartnerPeopleSection implements ProfileSections {

	private final People people;
	private final CurrentActor actor;

	PartnerPeopleSection(People people, CurrentActor actor) {
		this.people = people;
		this.actor = actor;
	}

	@Override
	public int position() {
		return 10;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		PageView<Person> page = people.list(partner, 0, 10);
		boolean linked = actor.scope().sees(partner); // a related company's people are read here, not opened
		List<ProfileSection.Item> items = new ArrayList<>();
		List<ProfileSection.Activity> activity = new ArrayList<>();
		for (Person person : page.content()) {
			items.add(new ProfileSection.Item(person.displayName(), person.role().label()
					+ (person.functionalRole() == null ? "" : ", " + person.functionalRole().label()) + " · "
					+ ("ACTIVE".equals(person.status()) ? "active" : person.status().toLowerCase(Locale.ROOT)),
					linked ? "/people/" + person.id() : null));
			activity.add(new ProfileSection.Activity(person.createdAt(), person.displayName() + " was invited", null));
		}
		return new ProfileSection("people", "People", List.of(new ProfileSection.Fact("People", String.valueOf(page.totalElements()))),
				items, linked ? "/people?partner=" + partner : null, activity);
	}
}
