package org.concord.identity;

/**
 * Someone asked for a username reminder or a password reset link, giving {@code given} (an e-mail address, or a
 * username or e-mail address), on the portal of {@code brand}, from {@code clientAddress}. Whether an account
 * matches is looked at after the request has been answered, so the answer takes the same time either way.
 */
public record RecoveryRequested(Kind kind, String given, String brand, String clientAddress) {

	public enum Kind {
		USERNAME_REMINDER, PASSWORD_RESET
	}
}
