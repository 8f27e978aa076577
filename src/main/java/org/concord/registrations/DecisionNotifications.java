package org.concord.registrations;

import java.util.UUID;
import java.util.function.Function;
import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Portal;
import org.concord.notifications.Mail;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.concord.shared.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the partner who submitted a registration of every decision, by e-mail and in the portal. */
@Component
class DecisionNotifications {

	private final RegistrationRepository registrations;
	private final People people;
	private final Brands brands;
	private final Notifier notifier;
	private final ChannelConflicts conflicts;

	DecisionNotifications(RegistrationRepository registrations, People people, Brands brands, Notifier notifier,
			ChannelConflicts conflicts) {
		this.conflicts = conflicts;
		this.registrations = registrations;
		this.people = people;
		this.brands = brands;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(RegistrationOutcome outcome) {
		tell(outcome.registration(), outcome.submittedBy(), company -> headline(outcome, company), note(outcome));
	}

	@ApplicationModuleListener
	void on(RegistrationExpiring expiring) {
		tell(expiring.registration(), expiring.submittedBy(),
				company -> "Your registration of " + company + " expires on " + expiring.protectedUntil().toString().substring(0, 10),
				"Ask for a renewal from the registration page; it is granted at once when your Contact Log shows recent work.");
	}

	@ApplicationModuleListener
	void on(RegistrationLapsing lapsing) {
		tell(lapsing.registration(), lapsing.submittedBy(),
				company -> "Your prospect " + company + " lapses on " + lapsing.lapsesAt().toString().substring(0, 10)
						+ " unless you answer the channel team",
				"Answer the channel team's question on the registration page; after that day the company is open to other partners.");
	}

	@ApplicationModuleListener
	void on(MayRegisterAgain open) {
		tell(open.registration(), open.submittedBy(), company -> company + " is open again: register it now",
				"The registration that held it has ended. You were first in line: register it again in one step from its page "
						+ "(it is yours once you do, first come, first served).");
	}

	@ApplicationModuleListener
	void on(AssistanceAnswered answered) {
		tell(new RegistrationId(answered.registrationId()), new UserId(answered.requestedBy()),
				company -> "Your request for " + answered.kind().label().toLowerCase() + " on " + company + " is answered", null);
	}

	/** Both sides of a channel conflict hear the rule applied, the decision and the reason. */
	@ApplicationModuleListener
	void on(ChannelConflictRecorded conflict) {
		String state = conflict.pending() ? "awaits a channel manager's decision (co-sell meanwhile)"
				: "was settled: " + conflict.decision().name().replace('_', ' ').toLowerCase();
		registrations.findById(conflict.registrationId()).ifPresent(registration -> {
			RegistrationSummary summary = registration.toSummary();
			tell(summary.id(), registration.submitter(),
					company -> "Your registration of " + company + " overlaps a direct opportunity and " + state, conflict.reason());
			UUID owner = conflicts.ownerOf(conflict.directOpportunityId());
			if (owner != null) {
				people.find(new UserId(owner)).ifPresent(person -> {
					Portal portal = brands.portalOf(summary.product());
					String headline = "A partner registration overlaps your opportunity " + summary.companyName() + ": it " + state;
					notifier.tell(person.id(), Topic.CONFLICTS, headline, "/conflicts", portal.link("/conflicts"),
							new Mail(portal.brand().senderAddress(), person.email(), headline,
							headline + "\n\n" + conflict.reason() + "\n\nSee the conflict queue: " + portal.link("/conflicts") + "\n"));
				});
			}
		});
	}

	private void tell(RegistrationId id, UserId submittedBy,
			Function<String, String> headlineFor, String note) {
		registrations.findById(id.value()).ifPresent(registration -> people.find(submittedBy)
				.ifPresent(person -> {
					RegistrationSummary summary = registration.toSummary();
					String headline = headlineFor.apply(summary.companyName());
					String path = "/registrations/" + summary.id();
					Portal portal = brands.portalOf(summary.product());
					notifier.tell(submittedBy, Topic.REGISTRATION_UPDATES, headline, path, portal.link(path),
							new Mail(portal.brand().senderAddress(), person.email(), headline, """
							Hello %s,

							%s%s

							See the registration: %s

							Questions? Write to %s.
							""".formatted(person.displayName(), headline,
							note == null ? "" : "\n" + note, portal.link(path),
							portal.brand().supportEmail())));
				}));
	}

	private static String headline(RegistrationOutcome outcome, String company) {
		return switch (outcome) {
			case RegistrationOutcome.Approved approved -> "Your registration of " + company + " is approved";
			case RegistrationOutcome.Rejected rejected -> "Your registration of " + company + " was not accepted";
			case RegistrationOutcome.Returned returned -> "Your registration of " + company + " needs more information";
			case RegistrationOutcome.Expired expired -> "Your registration of " + company + " has expired";
			case RegistrationOutcome.Won won -> "Congratulations: " + company + " is won";
			case RegistrationOutcome.Lapsed lapsed ->
				"Your prospect " + company + " lapsed: the channel team's question was not answered in time";
			case RegistrationOutcome.Lost lost -> "Your opportunity " + company + " is closed as lost";
			case RegistrationOutcome.Renewed renewed -> "Update on your registration of " + company;
			case RegistrationOutcome.TakenOver takenOver -> "Update on your registration of " + company;
		};
	}

	private static String note(RegistrationOutcome outcome) {
		return switch (outcome) {
			case RegistrationOutcome.Approved approved -> null;
			case RegistrationOutcome.Rejected rejected -> rejected.note();
			case RegistrationOutcome.Returned returned -> returned.question();
			case RegistrationOutcome.Expired expired -> "The protection ended and the opportunity is open again.";
			case RegistrationOutcome.Won won -> won.note();
			case RegistrationOutcome.Lapsed lapsed -> "The channel team's question was not answered within "
					+ lapsed.daysToAnswer() + " days, so the registration lapsed and the company is open to be registered again.";
			case RegistrationOutcome.Lost lost -> lost.reason();
			case RegistrationOutcome.Renewed renewed -> renewed.grantedBy() == null
					? "Renewed: protected until " + renewed.protectedUntil() + "."
					: "Renewed by the channel team: protected until " + renewed.protectedUntil() + ".";
			case RegistrationOutcome.TakenOver takenOver ->
				"Our sales team takes this opportunity over; you keep the credit for providing it. " + takenOver.reason();
		};
	}
}
