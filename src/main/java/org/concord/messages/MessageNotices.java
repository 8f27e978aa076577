package org.concord.messages;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.identity.Portal;
import org.concord.notifications.Mail;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new message: everyone who has written in the conversation hears of it, and so do the partner's account manager
 * (with none, the channel managers) and, until one of the partner's people has written, the partner's admins; never
 * its author. Each as they chose to hear of messages.
 */
@Component
class MessageNotices {

	private final Messages messages;
	private final People people;
	private final PartnerDirectory partners;
	private final Brands brands;
	private final Notifier notifier;

	MessageNotices(Messages messages, People people, PartnerDirectory partners, Brands brands, Notifier notifier) {
		this.messages = messages;
		this.people = people;
		this.partners = partners;
		this.brands = brands;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(MessagePosted posted) {
		Set<UUID> recipients = new LinkedHashSet<>(messages.authorsOf(posted.threadId()));
		partners.find(posted.partner()).ifPresent(partner -> {
			if (partner.accountManagerId() != null) {
				recipients.add(partner.accountManagerId());
			}
			else {
				people.activeWithRole(Role.CHANNEL_MANAGER).forEach(p -> recipients.add(p.id().value()));
			}
		});
		var members = people.activeMembersOf(posted.partner());
		if (members.stream().noneMatch(p -> recipients.contains(p.id().value()))) {
			members.stream().filter(p -> p.role() == Role.PARTNER_ADMIN).forEach(p -> recipients.add(p.id().value()));
		}
		recipients.remove(posted.author().value());
		String headline = posted.authorName() + (posted.started() ? " started a conversation: " : " wrote in ") + posted.topic();
		String path = "/messages/" + posted.threadId();
		Portal portal = brands.portalOf(null);
		for (UUID id : recipients) {
			people.find(new UserId(id)).filter(p -> "ACTIVE".equals(p.status())).ifPresent(person -> tell(person, headline, path, portal));
		}
	}

	private void tell(Person person, String headline, String path, Portal portal) {
		notifier.tell(person.id(), Topic.MESSAGES, headline, path, portal.link(path), new Mail(portal.brand().senderAddress(),
				person.email(), headline, "Hello " + person.displayName() + ",\n\n" + headline + ".\n\nRead it and answer: "
						+ portal.link(path) + "\n\nChange how you hear of messages under Notification settings.\n"));
	}
}
