package org.concord.registrations;

import org.concord.identity.People;
import org.concord.shared.CurrentActor;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The registrations the caller may act on, as the module's services find them: the vendor's staff any; a partner's
 * people those of their company and those the vendor invited it onto; anything else is not found (404).
 */
@Component
class VisibleRegistrations {

	private final RegistrationRepository registrations;
	private final People people;
	private final CurrentActor actor;

	VisibleRegistrations(RegistrationRepository registrations, People people, CurrentActor actor) {
		this.registrations = registrations;
		this.people = people;
		this.actor = actor;
	}

	Registration find(RegistrationId id) {
		Registration registration = registrations.findById(id.value())
				.orElseThrow(() -> new NotFoundException("Registration"));
		boolean coWorker = actor.scope().company().filter(registration::involves).isPresent();
		if (!coWorker) {
			actor.scope().requireVisible(registration.partner(), "Registration");
		}
		return registration;
	}

	/** The caller's company; only a partner's people do what needs one. */
	PartnerId ownCompany() {
		return actor.scope().company().orElseThrow(() -> new AccessDeniedException("A partner's people do this"));
	}

	/** Whether the caller is a vendor admin or a channel manager (a vendor sales rep is not). */
	boolean callerIsChannelTeam() {
		return actor.isVendorStaff() && people.find(actor.userId())
				.map(p -> Permission.MANAGE_CHANNEL.isGrantedTo(p.role())).orElse(false);
	}
}
