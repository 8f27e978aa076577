package org.concord.notifications;

import java.util.regex.Pattern;

/**
 * Takes the secret out of one-time links (password reset, invitation) in a mail's text, keeping where they led:
 * whoever reads stored mail cannot use them to take over an account.
 */
final class OneTimeLinks {

	static final String REMOVED = "[removed]";

	private static final Pattern TOKEN = Pattern.compile("([?&]token=)[^\\s&#]+");

	private OneTimeLinks() {
	}

	static String redact(String text) {
		return text == null ? null : TOKEN.matcher(text).replaceAll("$1" + REMOVED);
	}
}
