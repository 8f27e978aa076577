package org.concord.notifications;

import java.time.Clock;

import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.access.Administer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where modules hand over mail. It is stored in the caller's transaction and delivered after commit. */
@Service
public class Mailbox {

	private final OutgoingMailRepository mails;
	private final ApplicationEventPublisher events;
	private final Outbox outbox;
	private final Clock clock;

	Mailbox(OutgoingMailRepository mails, ApplicationEventPublisher events, Outbox outbox, Clock clock) {
		this.mails = mails;
		this.events = events;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public void send(Mail mail) {
		OutgoingMail stored = mails.save(new OutgoingMail(mail, clock.instant()));
		events.publishEvent(new MailQueued(stored.id()));
	}

	@Administer
	@Transactional(readOnly = true)
	public PageView<SentMail> sentMail(Integer page, Integer size) {
		boolean demo = outbox.isDemo();
		return PageView.of(mails.findAll(Paging.of(page, size, Sort.by(Sort.Direction.DESC, "queuedAt"))),
				mail -> mail.toView(demo));
	}

	/** The demo outbox (embedded database, no SMTP server): mail is kept here whole, links and all, to be read. */
	public boolean isDemoOutbox() {
		return outbox.isDemo();
	}
}
