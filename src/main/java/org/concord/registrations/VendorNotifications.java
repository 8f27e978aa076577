package org.concord.registrations;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiFunction;

import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.identity.Portal;
import org.concord.notifications.Mail;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The vendor hears of work waiting for it (new registrations, submissions past their SLA, assistance and renewal
 * requests, a partner's stage changes), and a partner of the stage changes the vendor makes on its deal: in the portal,
 * and by mail at once or in a daily digest as each person chose.
 */
@Component
class VendorNotifications {

	private final RegistrationRepository registrations;
	private final People people;
	private final PartnerDirectory partners;
	private final Brands brands;
	private final Notifier notifier;

	VendorNotifications(RegistrationRepository registrations, People people, PartnerDirectory partners, Brands brands,
			Notifier notifier) {
		this.registrations = registrations;
		this.people = people;
		this.partners = partners;
		this.brands = brands;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(RegistrationSubmitted submitted) {
		tellVendor(submitted.registration(), Topic.NEW_REGISTRATIONS, (company, partner) -> "New registration to review: "
				+ company + " from " + partner, false);
	}

	@ApplicationModuleListener
	void on(RegistrationOverdue overdue) {
		tellVendor(overdue.registration(), Topic.OVERDUE_REVIEWS, (company, partner) -> "Past its approval SLA: " + company
				+ " from " + partner + " waits for a decision", false);
	}

	@ApplicationModuleListener
	void on(AssistanceRequested requested) {
		tellVendor(requested.registration(), Topic.ASSISTANCE_REQUESTS, (company, partner) -> partner + " asks for "
				+ requested.kind().label().toLowerCase() + " on " + company, true);
	}

	@ApplicationModuleListener
	void on(RenewalRequested requested) {
		tellVendor(requested.registration(), Topic.RENEWAL_REQUESTS, (company, partner) -> partner
				+ " asks to renew its registration of " + company + ": grant it or take it over", false);
	}

	@ApplicationModuleListener
	void on(ConflictOverdue overdue) {
		tellVendor(new RegistrationId(overdue.registrationId()), Topic.CONFLICTS, (company, partner) -> "A channel conflict on "
				+ company + " (" + partner + ") has waited more than 5 business days for a decision", false);
	}

	@ApplicationModuleListener
	void on(ChannelConflictRecorded recorded) {
		if (recorded.pending()) {
			tellVendor(new RegistrationId(recorded.registrationId()), Topic.CONFLICTS, (company, partner) -> "A channel conflict on "
					+ company + " (" + partner + ") waits for your decision", false);
		}
	}

	@ApplicationModuleListener
	void on(StageChanged changed) {
		String headline = changed.companyName() + " moved from " + changed.from().label() + " to " + changed.to().label();
		if (changed.byVendor()) {
			registrations.findById(changed.registration().value()).ifPresent(registration -> people.find(changed.submittedBy())
					.ifPresent(person -> tell(person, registration, Topic.STAGE_CHANGES, "The vendor moved your deal " + headline)));
		}
		else {
			tellVendor(changed.registration(), Topic.STAGE_CHANGES, (company, partner) -> partner + "'s deal " + headline, true);
		}
	}

	/** The channel managers, and the vendor sales rep who works the deal when {@code withRep}. */
	private void tellVendor(RegistrationId id, Topic topic, BiFunction<String, String, String> headlineFor,
			boolean withRep) {
		registrations.findById(id.value()).ifPresent(registration -> {
			String partner = partners.find(registration.partner()).map(PartnerSummary::name).orElse("a partner");
			String headline = headlineFor.apply(registration.companyName(), partner);
			Set<Person> recipients = new LinkedHashSet<>(people.activeWithRole(Role.CHANNEL_MANAGER));
			if (withRep && registration.vendorRepId() != null) {
				people.find(new UserId(registration.vendorRepId())).ifPresent(recipients::add);
			}
			recipients.forEach(person -> tell(person, registration, topic, headline));
		});
	}

	private void tell(Person person, Registration registration, Topic topic, String headline) {
		String path = "/registrations/" + registration.registrationId();
		Portal portal = brands.portalOf(registration.product());
		notifier.tell(person.id(), topic, headline, path, portal.link(path), new Mail(portal.brand().senderAddress(),
				person.email(), headline, "Hello " + person.displayName() + ",\n\n" + headline + ".\n\nSee it: " + portal.link(path)
						+ "\n\nChange how you hear of this under Notifications.\n"));
	}
}
