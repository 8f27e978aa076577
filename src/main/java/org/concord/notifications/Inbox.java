package org.concord.notifications;

import java.time.Clock;
import java.util.List;

import org.concord.shared.CurrentActor;
import org.concord.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-portal notices: modules post them, each person sees their own latest ones on the Overview. */
@Service
public class Inbox {

	private final PortalNotificationRepository notices;
	private final CurrentActor actor;
	private final Clock clock;

	Inbox(PortalNotificationRepository notices, CurrentActor actor, Clock clock) {
		this.notices = notices;
		this.actor = actor;
		this.clock = clock;
	}

	@Transactional
	public void post(UserId recipient, String text, String link) {
		notices.save(new PortalNotification(recipient.value(), text, link, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Notice> mine() {
		return notices.findTop10ByRecipientIdOrderByCreatedAtDesc(actor.userId().value()).stream()
				.map(PortalNotification::toView).toList();
	}
}
