package org.concord.registrations;

import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Portal;
import org.concord.notifications.Inbox;
import org.concord.notifications.Mail;
import org.concord.notifications.Mailbox;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the partner who submitted a registration of every decision, by e-mail and in the portal. */
@Component
class DecisionNotifications {

	private final RegistrationRepository registrations;
	private final People people;
	private final Brands brands;
	private final Mailbox mailbox;
	private final Inbox inbox;

	DecisionNotifications(RegistrationRepository registrations, People people, Brands brands, Mailbox mailbox, Inbox inbox) {
		this.registrations = registrations;
		this.people = people;
		this.brands = brands;
		this.mailbox = mailbox;
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(RegistrationDecided decided) {
		registrations.findById(decided.registration().value()).ifPresent(registration -> people.find(decided.submittedBy())
				.ifPresent(person -> {
					RegistrationSummary summary = registration.toSummary();
					String headline = headline(decided.outcome(), summary.companyName());
					String path = "/registrations/" + summary.id();
					Portal portal = brands.portalOf(summary.product());
					inbox.post(decided.submittedBy(), headline, path);
					mailbox.send(new Mail(portal.brand().senderAddress(), person.email(), headline, """
							Hello %s,

							%s%s

							See the registration: %s

							Questions? Write to %s.
							""".formatted(person.displayName(), headline,
							decided.note() == null ? "" : "\n" + decided.note(), portal.link(path),
							portal.brand().supportEmail())));
				}));
	}

	private static String headline(RegistrationStatus outcome, String company) {
		return switch (outcome) {
			case APPROVED -> "Your registration of " + company + " is approved";
			case REJECTED -> "Your registration of " + company + " was not accepted";
			case RETURNED -> "Your registration of " + company + " needs more information";
			default -> "Your registration of " + company + " is now " + outcome.label().toLowerCase();
		};
	}
}
