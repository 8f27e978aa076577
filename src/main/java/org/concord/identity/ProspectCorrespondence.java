package org.concord.identity;

import org.concord.notifications.Mail;
import org.concord.notifications.Mailbox;
import org.concord.partners.ProspectApplied;
import org.concord.partners.ProspectConverted;
import org.concord.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the portal tells a prospective partner, on the brand it applied on: that its application arrived; and, when
 * the channel team converts it, the invitation of its first partner admin.
 */
@Component
class ProspectCorrespondence {

	private final Brands brands;
	private final Mailbox mailbox;
	private final People people;

	ProspectCorrespondence(Brands brands, Mailbox mailbox, People people) {
		this.brands = brands;
		this.mailbox = mailbox;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(ProspectApplied applied) {
		Portal portal = brands.portalOf(applied.brand());
		mailbox.send(new Mail(portal.brand().senderAddress(), applied.email(),
				"We have your application to the " + portal.brand().name() + " partner program",
				"""
						Hello %s,

						Thank you for applying to become a %s partner with %s. Our channel team reads every
						application and will contact you within a few working days.

						Questions meanwhile? Write to %s.
						""".formatted(applied.contactName(), portal.brand().name(), applied.companyName(),
						portal.brand().supportEmail())));
	}

	/** In the converting transaction: a refused invitation (a username taken) undoes the conversion. */
	@EventListener
	void on(ProspectConverted converted) {
		people.inviteFirstAdmin(new Invitation(converted.username(), converted.email(), converted.displayName(), Role.PARTNER_ADMIN,
				converted.partnerId()), brands.portalOf(converted.brand()));
	}
}
