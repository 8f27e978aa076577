package org.concord;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** Reads what GreenMail received, waiting for asynchronous delivery. */
public final class Mails {

	private Mails() {
	}

	public static MimeMessage awaitLatestTo(GreenMail greenMail, String recipient) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			List<MimeMessage> to = to(greenMail, recipient);
			if (!to.isEmpty()) {
				return to.getLast();
			}
			sleep();
		}
		throw new AssertionError("No mail arrived for " + recipient);
	}

	/** Waits for a mail to this recipient whose subject contains the given words. */
	public static MimeMessage awaitSubject(GreenMail greenMail, String recipient, String words) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			var match = to(greenMail, recipient).stream().filter(m -> subject(m).contains(words)).findFirst();
			if (match.isPresent()) {
				return match.get();
			}
			sleep();
		}
		throw new AssertionError("No mail about '" + words + "' arrived for " + recipient);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	public static List<MimeMessage> to(GreenMail greenMail, String recipient) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, recipient)).toList();
	}

	public static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String link(MimeMessage message, String path) {
		Matcher matcher = Pattern.compile("(https?://\\S+" + Pattern.quote(path) + "\\S*)").matcher(text(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in:\n" + text(message));
		}
		return matcher.group(1);
	}

	private static boolean isTo(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
