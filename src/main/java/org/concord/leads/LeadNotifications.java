package org.concord.leads;

import java.time.Clock;

import java.util.function.Function;
import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.identity.Portal;
import org.concord.notifications.Mail;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.concord.registrations.RegistrationOutcome;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people of a partner of every offer, reminder and take-back, by e-mail and on the Overview, and
 * the channel managers of leads waiting for them. Closes a lead when the opportunity it became is decided.
 */
@Component
class LeadNotifications {

	private final LeadRepository leads;
	private final Leads service;
	private final People people;
	private final Brands brands;
	private final Notifier notifier;
	private final Clock clock;

	LeadNotifications(LeadRepository leads, Leads service, People people, Brands brands, Notifier notifier,
			Clock clock) {
		this.leads = leads;
		this.service = service;
		this.people = people;
		this.brands = brands;
		this.notifier = notifier;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(LeadOffered offered) {
		tell(offered.partner(), offered.lead(), true, company -> "New lead from us: " + company,
				"Make contact by " + service.describeDeadline(offered.contactDueAt()) + ": check off the action, enter the "
						+ "date you made contact and a row for the Contact Log, all in one step on the lead's page. "
						+ "If you cannot take it, decline it with a reason and we pass it on at once.");
	}

	@ApplicationModuleListener
	void on(LeadContactDueSoon due) {
		tell(due.partner(), due.lead(), true, company -> "Reminder: make contact with " + company,
				"Contact is due by " + service.describeDeadline(due.contactDueAt())
						+ ". After that the lead goes to another partner.");
	}

	@ApplicationModuleListener
	void on(LeadTakenBack takenBack) {
		tell(takenBack.partner(), takenBack.lead(), false, company -> "The lead " + company + " was taken back",
				takenBack.reason());
	}

	@ApplicationModuleListener
	void on(LeadNeedsChannelManager waiting) {
		leads.findById(waiting.lead().value()).ifPresent(lead -> {
			String headline = "A lead needs a partner: " + lead.companyName();
			String path = "/lead-routing/" + lead.leadId();
			Portal portal = brands.portalOf(lead.product());
			for (Person manager : people.activeWithRole(Role.CHANNEL_MANAGER)) {
				notifier.tell(manager.id(), Topic.LEADS_UNPLACED, headline, path, portal.link(path),
						new Mail(portal.brand().senderAddress(), manager.email(), headline,
						headline + "\n\n" + waiting.reason() + "\n\nAssign it: " + portal.link(path) + "\n"));
			}
		});
	}

	/** The opportunity a lead became was won, lost, expired or rejected: the lead stops counting as open. */
	@ApplicationModuleListener
	void on(RegistrationOutcome outcome) {
		String ended = switch (outcome) {
			case RegistrationOutcome.Won won -> "won";
			case RegistrationOutcome.Lost lost -> "lost";
			case RegistrationOutcome.Expired expired -> "expired";
			case RegistrationOutcome.Rejected rejected -> "rejected";
			default -> null;
		};
		if (ended != null) {
			leads.findByRegistrationId(outcome.registration().value()).forEach(lead -> {
				lead.close("The opportunity is " + ended + ".", clock.instant());
				leads.save(lead);
			});
		}
	}

	/** To every active person of the partner; the link leads to the lead while it is theirs, else to their list. */
	private void tell(PartnerId partner, LeadId id, boolean theirs, Function<String, String> headlineFor,
			String note) {
		leads.findById(id.value()).ifPresent(lead -> {
			String headline = headlineFor.apply(lead.companyName());
			String path = theirs ? "/lead-routing/" + lead.leadId() : "/lead-routing";
			Portal portal = brands.portalOf(lead.product());
			for (Person person : people.activeMembersOf(partner)) {
				notifier.tell(person.id(), Topic.LEAD_OFFERS, headline, path, portal.link(path),
						new Mail(portal.brand().senderAddress(), person.email(), headline, """
						Hello %s,

						%s.

						%s

						See the lead: %s

						Questions? Write to %s.
						""".formatted(person.displayName(), headline, note, portal.link(path), portal.brand().supportEmail())));
			}
		});
	}
}
