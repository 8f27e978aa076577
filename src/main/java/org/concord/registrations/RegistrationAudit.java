package org.concord.registrations;

import org.concord.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each outcome of a registration to the audit log, in the transaction that made it: who approved, rejected,
 * returned, closed, renewed or took over which registration, and when the system let one expire or lapse.
 */
@Component
class RegistrationAudit {

	private final ApplicationEventPublisher events;

	RegistrationAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(RegistrationOutcome outcome) {
		events.publishEvent(new Audited(action(outcome), outcome.registration().toString(), detail(outcome)));
	}

	static String action(RegistrationOutcome outcome) {
		return "REGISTRATION_" + switch (outcome) {
			case RegistrationOutcome.Approved approved -> "APPROVED";
			case RegistrationOutcome.Rejected rejected -> "REJECTED";
			case RegistrationOutcome.Returned returned -> "RETURNED";
			case RegistrationOutcome.Won won -> "WON";
			case RegistrationOutcome.Lost lost -> "LOST";
			case RegistrationOutcome.Expired expired -> "EXPIRED";
			case RegistrationOutcome.Lapsed lapsed -> "LAPSED";
			case RegistrationOutcome.Renewed renewed -> "RENEWED";
			case RegistrationOutcome.TakenOver takenOver -> "TAKEN_OVER";
		};
	}

	private static String detail(RegistrationOutcome outcome) {
		return switch (outcome) {
			case RegistrationOutcome.Approved approved -> (approved.reviewer() == null ? "automatically; " : "")
					+ "protected until " + approved.protectedUntil();
			case RegistrationOutcome.Rejected rejected -> rejected.reason().label() + ": " + rejected.note();
			case RegistrationOutcome.Returned returned -> returned.question();
			case RegistrationOutcome.Won won -> won.note();
			case RegistrationOutcome.Lost lost -> lost.reason();
			case RegistrationOutcome.Expired expired -> "protection ended " + expired.protectedUntil();
			case RegistrationOutcome.Lapsed lapsed -> "not answered within " + lapsed.daysToAnswer() + " days";
			case RegistrationOutcome.Renewed renewed -> (renewed.grantedBy() == null ? "automatically; " : "")
					+ "protected until " + renewed.protectedUntil();
			case RegistrationOutcome.TakenOver takenOver -> takenOver.reason();
		};
	}
}
