package org.concord.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.identity.Portal;
import org.concord.notifications.Mail;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a tier change, as each chose to hear of its topic: the account managers (or, for partners nobody looks
 * after, the channel managers) of an assessment's proposals, once each; the partner's admins of an upgrade, of a downgrade ahead of its day (with
 * the score that keeps the tier), of one withdrawn, and of one applied.
 */
@Component
class TierNotices {

	private final PartnerDirectory partners;
	private final People people;
	private final Brands brands;
	private final Notifier notifier;
	private final TierRubrics rubrics;
	private final TierChanges changes;

	TierNotices(PartnerDirectory partners, People people, Brands brands, Notifier notifier, TierRubrics rubrics,
			TierChanges changes) {
		this.changes = changes;
		this.partners = partners;
		this.people = people;
		this.brands = brands;
		this.notifier = notifier;
		this.rubrics = rubrics;
	}

	@ApplicationModuleListener
	void on(TierChangeStep step) {
		PartnerSummary partner = partners.find(new PartnerId(step.partnerId())).orElse(null);
		if (partner == null) {
			return;
		}
		switch (step.status()) {
			case "SCHEDULED" -> tellPartner(partner, "Your tier moves from " + step.from().label() + " to " + step.to().label()
					+ " on " + step.effectiveOn() + " unless your tier score is back at " + rubrics.current().from(step.from())
					+ " by then");
			case "APPLIED" -> tellPartner(partner, "Your tier is now " + step.to().label() + " (it was " + step.from().label() + ")");
			case "WITHDRAWN" -> tellPartner(partner, "Your tier stays " + step.from().label() + ": your tier score is back");
			default -> {
			}
		}
	}

	/**
	 * One notice per person for all of an assessment's proposals: each account manager hears of their partners'; the
	 * channel managers of those nobody looks after.
	 */
	@ApplicationModuleListener
	void on(TierChangesProposed proposed) {
		Map<UUID, Optional<Person>> managers = new HashMap<>();
		Map<Person, Integer> told = new LinkedHashMap<>();
		int nobodys = 0;
		for (UUID id : changes.proposedAt(proposed.proposedAt())) {
			Optional<Person> manager = partners.find(new PartnerId(id)).map(PartnerSummary::accountManagerId)
					.flatMap(m -> managers.computeIfAbsent(m, k -> people.find(new UserId(k))
							.filter(p -> "ACTIVE".equals(p.status()))));
			if (manager.isPresent()) {
				told.merge(manager.get(), 1, Integer::sum);
			}
			else {
				nobodys++;
			}
		}
		if (nobodys > 0) {
			for (Person manager : people.activeWithRole(Role.CHANNEL_MANAGER)) {
				told.merge(manager, nobodys, Integer::sum);
			}
		}
		told.forEach((person, count) -> tell(person, Topic.TIER_REVIEWS, count + (count == 1 ? " tier change waits"
				: " tier changes wait") + " for your decision (assessment of " + proposed.assessedOn() + ")", "/tier-changes"));
	}

	private void tellPartner(PartnerSummary partner, String headline) {
		List<Person> admins = people.activeMembersOf(partner.id()).stream().filter(p -> p.role() == Role.PARTNER_ADMIN).toList();
		admins.forEach(person -> tell(person, Topic.TIER_CHANGES, headline, "/partners/" + partner.id() + "/tier"));
	}

	private void tell(Person person, Topic topic, String headline, String path) {
		Portal portal = brands.portalOf(null);
		notifier.tell(person.id(), topic, headline, path, portal.link(path), new Mail(portal.brand().senderAddress(),
				person.email(), headline, "Hello " + person.displayName() + ",\n\n" + headline + ".\n\nSee it: " + portal.link(path)
						+ "\n\nChange how you hear of this under Notifications.\n"));
	}
}
