package org.concord.notifications;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers queued mail after the transaction that queued it commits. The publication log makes this
 * at-least-once; a mail already delivered is skipped, so a redelivered event sends nothing twice.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final OutgoingMailRepository mails;
	private final ObjectProvider<JavaMailSender> smtp;
	private final Clock clock;

	MailDelivery(OutgoingMailRepository mails, ObjectProvider<JavaMailSender> smtp, Clock clock) {
		this.mails = mails;
		this.smtp = smtp;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MailQueued queued) {
		mails.findById(queued.mailId()).filter(OutgoingMail::isQueued).ifPresent(this::deliver);
	}

	private void deliver(OutgoingMail mail) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			mail.kept(clock.instant());
			return;
		}
		try {
			sender.send(message(mail.toMail()));
			mail.delivered(clock.instant());
		}
		catch (MailException ex) {
			log.warn("Mail {} could not be delivered: {}", mail.id(), ex.getMessage());
			mail.failed(ex.getMessage());
		}
	}

	private static SimpleMailMessage message(Mail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(mail.from());
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.text());
		return message;
	}
}
