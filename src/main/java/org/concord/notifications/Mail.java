package org.concord.notifications;

/** A plain-text e-mail to one recipient, sent from a brand's sender address. */
public record Mail(String from, String to, String subject, String text) {
}
