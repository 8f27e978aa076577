package org.concord.rooms;

import java.util.Comparator;
import java.util.List;

import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.shared.CurrentActor;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.TeamChanged;
import org.concord.shared.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Contacts room (seed 002): everyone in a partnership, with their roles and how they prefer to be reached, and
 * what changed in the team, for whoever may read the partner.
 */
@Service
public class TeamDirectory {

	private final PartnerDirectory partners;
	private final People people;
	private final TeamChangeRepository changes;
	private final CurrentActor actor;

	TeamDirectory(PartnerDirectory partners, People people, TeamChangeRepository changes, CurrentActor actor) {
		this.partners = partners;
		this.people = people;
		this.changes = changes;
		this.actor = actor;
	}

	@Transactional(readOnly = true)
	public Team of(PartnerId partner, Integer page, Integer feedPage) {
		PartnerSummary company = partners.get(partner);
		Person manager = company.accountManagerId() == null ? null
				: people.find(new UserId(company.accountManagerId())).filter(p -> "ACTIVE".equals(p.status())).orElse(null);
		var feed = changes.findByPartnerId(partner.value(), Paging.of(feedPage, 20,
				Sort.by(Sort.Direction.DESC, "at").and(Sort.by(Sort.Direction.DESC, "id"))));
		return new Team(partner.toString(), company.name(), manager, channelTeam(), people.list(partner, page, null),
				PageView.of(feed, TeamChange::toView));
	}

	/** The vendor's active channel managers by name, at most 20: whom partners may reach at the vendor. */
	private List<Person> channelTeam() {
		return people.activeWithRole(Role.CHANNEL_MANAGER).stream().sorted(Comparator.comparing(Person::displayName)).limit(20)
				.toList();
	}

	/** The caller's own company's team. */
	@Transactional(readOnly = true)
	public PartnerId own() {
		return actor.scope().company().orElseThrow(() -> new NotFoundException("Team"));
	}

	@EventListener
	@Transactional
	void on(TeamChanged changed) {
		changes.save(new TeamChange(changed));
	}
}
