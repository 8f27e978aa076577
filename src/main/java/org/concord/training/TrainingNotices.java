package org.concord.training;

import java.util.LinkedHashSet;
import java.util.Set;

import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.identity.Portal;
import org.concord.notifications.Mail;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A certification about to expire: its holder and their partner's account manager hear of it, as each chose. */
@Component
class TrainingNotices {

	private final People people;
	private final PartnerDirectory partners;
	private final Brands brands;
	private final Notifier notifier;

	TrainingNotices(People people, PartnerDirectory partners, Brands brands, Notifier notifier) {
		this.people = people;
		this.partners = partners;
		this.brands = brands;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(CertificationExpiring expiring) {
		Set<Person> recipients = new LinkedHashSet<>();
		people.find(expiring.person()).ifPresent(recipients::add);
		partners.find(expiring.partner()).filter(p -> p.accountManagerId() != null)
				.flatMap(p -> people.find(new UserId(p.accountManagerId()))).ifPresent(recipients::add);
		String holder = people.find(expiring.person()).map(Person::displayName).orElse("A partner person");
		for (Person person : recipients) {
			boolean own = person.id().equals(expiring.person());
			String headline = (own ? "Your certification " : holder + "'s certification ") + expiring.certification()
					+ " expires on " + expiring.expiresOn() + (own ? ": take its courses again to renew it" : "");
			Portal portal = brands.portalOf(null);
			notifier.tell(person.id(), Topic.CERTIFICATION_EXPIRY, headline, "/training", portal.link("/training"),
					new Mail(portal.brand().senderAddress(), person.email(), headline, "Hello " + person.displayName() + ",\n\n"
							+ headline + ".\n\nSee it: " + portal.link("/training") + "\n\nChange how you hear of this under Notifications.\n"));
		}
	}
}
