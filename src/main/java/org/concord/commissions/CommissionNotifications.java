package org.concord.commissions;

import java.util.LinkedHashSet;
import java.util.Set;

import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.identity.Portal;
import org.concord.notifications.Mail;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells partners of new program terms ahead of time, and the vendor and partners of invoices past due. */
@Component
class CommissionNotifications {

	private final ContractRepository contracts;
	private final People people;
	private final Brands brands;
	private final Notifier notifier;

	CommissionNotifications(ContractRepository contracts, People people, Brands brands, Notifier notifier) {
		this.contracts = contracts;
		this.people = people;
		this.brands = brands;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(ProgramTermsAnnounced announced) {
		String headline = "New program terms from " + announced.effectiveFrom();
		tell(Set.copyOf(people.activeWithRole(Role.PARTNER_ADMIN)), null, headline, announced.summary()
				+ "\n\nOpportunities registered before " + announced.effectiveFrom() + " keep the terms in force when they were "
				+ "registered.", "/commissions");
	}

	@ApplicationModuleListener
	void on(InvoicePastDue pastDue) {
		contracts.findById(pastDue.contract().value()).ifPresent(contract -> {
			Set<Person> told = new LinkedHashSet<>(people.activeWithRole(Role.CHANNEL_MANAGER));
			contract.credited().forEach(c -> told.addAll(people.activeMembersOf(new PartnerId(c.partnerId()))));
			tell(told, contract.toView(pastDue.dueOn()).product(), pastDue.subscriber() + " has not paid its invoice due "
					+ pastDue.dueOn(), "Outstanding: " + pastDue.outstanding() + ". We will contact the subscriber and you to "
					+ "find out why. Commission follows the payment when it is received.", "/commissions/contracts/" + pastDue.contract());
		});
	}

	private void tell(Set<Person> recipients, String product, String headline, String text, String path) {
		Portal portal = brands.portalOf(product);
		for (Person person : recipients) {
			notifier.tell(person.id(), Topic.COMMISSION_NEWS, headline, path, portal.link(path),
					new Mail(portal.brand().senderAddress(), person.email(), headline,
					"Hello " + person.displayName() + ",\n\n" + headline + ".\n\n" + text + "\n\nSee: " + portal.link(path)
							+ "\n\nQuestions? Write to " + portal.brand().supportEmail() + ".\n"));
		}
	}
}
