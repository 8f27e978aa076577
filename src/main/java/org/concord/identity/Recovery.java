package org.concord.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.concord.notifications.Mail;
import org.concord.notifications.Mailbox;
import org.concord.shared.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot username?", "Forgot password?" and accepting an invitation. The first two answer the same whether
 * or not an account exists, so they cannot be used to find out who has one.
 */
@Service
public class Recovery {

	static final String INVALID_LINK = "This link is invalid, has been used, or has expired. Ask for a new one.";

	private final UserAccountRepository users;
	private final OneTimeTokenRepository tokens;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final Mailbox mailbox;
	private final AuditLog audit;
	private final SessionTerminator sessions;
	private final Clock clock;

	Recovery(UserAccountRepository users, OneTimeTokenRepository tokens, PasswordPolicy policy,
			PasswordEncoder encoder, Mailbox mailbox, AuditLog audit, SessionTerminator sessions, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.policy = policy;
		this.encoder = encoder;
		this.mailbox = mailbox;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional
	public void forgotUsername(String email, Portal portal) {
		List<UserAccount> accounts = users.findByEmail(email == null ? "" : email.trim().toLowerCase(Locale.ROOT)).stream()
				.filter(account -> !account.isDeactivated()).toList();
		if (accounts.isEmpty()) {
			audit.recordAs("-", "USERNAME_REMINDER_UNKNOWN", null, null);
			return;
		}
		String names = String.join("\n", accounts.stream().map(a -> "  " + a.username()).toList());
		mailbox.send(new Mail(portal.brand().senderAddress(), accounts.getFirst().email(),
				"Your " + portal.brand().name() + " partner portal username",
				"""
						Hello,

						You asked for the username of your %s partner portal account. It is:
						%s

						Log in at %s
						If you did not ask for this, you can ignore this mail. Questions? Write to %s.
						""".formatted(portal.brand().name(), names, portal.link("/login"), portal.brand().supportEmail())));
		accounts.forEach(a -> audit.recordAs("-", "USERNAME_REMINDER_SENT", a.username(), null));
	}

	@Transactional
	public void forgotPassword(String usernameOrEmail, Portal portal) {
		String given = usernameOrEmail == null ? "" : usernameOrEmail.trim();
		List<UserAccount> accounts = users.findByUsername(given.toLowerCase(Locale.ROOT)).map(List::of)
				.orElseGet(() -> users.findByEmail(given.toLowerCase(Locale.ROOT)));
		List<UserAccount> active = accounts.stream().filter(UserAccount::isActive).toList();
		if (active.isEmpty()) {
			audit.recordAs("-", "PASSWORD_RESET_UNKNOWN", null, null);
			return;
		}
		for (UserAccount account : active) {
			String token = Secrets.newToken("rst_");
			tokens.save(new OneTimeToken(account.userId().value(), Secrets.sha256(token),
					OneTimeToken.Purpose.PASSWORD_RESET, clock.instant()));
			mailbox.send(new Mail(portal.brand().senderAddress(), account.email(),
					"Reset your " + portal.brand().name() + " partner portal password",
					"""
							Hello %s,

							Someone (hopefully you) asked to reset the password of the account "%s".
							Choose a new password here; the link works once, within one hour:
							%s

							If you did not ask for this, ignore this mail: your password stays as it is.
							Questions? Write to %s.
							""".formatted(account.displayName(), account.username(),
							portal.link("/reset-password?token=" + token), portal.brand().supportEmail())));
			audit.recordAs("-", "PASSWORD_RESET_REQUESTED", account.username(), null);
		}
	}

	@Transactional(readOnly = true)
	public boolean isUsable(String token, boolean invitation) {
		return token != null && tokens.findByTokenHash(Secrets.sha256(token))
				.filter(t -> t.isUsable(purpose(invitation), clock.instant())).isPresent();
	}

	/** Sets a new password from a reset or invitation link; the link and any other open ones stop working. */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public String choosePassword(String token, String password, String confirmation, boolean invitation) {
		OneTimeToken link = token == null ? null : tokens.findByTokenHash(Secrets.sha256(token))
				.filter(t -> t.isUsable(purpose(invitation), clock.instant())).orElse(null);
		if (link == null) {
			throw new InvalidInputException("token", INVALID_LINK);
		}
		policy.check("password", password);
		if (!password.equals(confirmation)) {
			throw new InvalidInputException("confirmation", "The two passwords differ.");
		}
		UserAccount account = users.findById(link.userId()).orElseThrow(() -> new InvalidInputException("token", INVALID_LINK));
		account.choosePassword(encoder.encode(password));
		tokens.useAllFor(account.userId().value(), clock.instant());
		sessions.endSessionsOf(account.username());
		audit.recordAs(account.username(), invitation ? "INVITATION_ACCEPTED" : "PASSWORD_RESET_COMPLETED",
				account.username(), null);
		return account.username();
	}

	private static OneTimeToken.Purpose purpose(boolean invitation) {
		return invitation ? OneTimeToken.Purpose.INVITATION : OneTimeToken.Purpose.PASSWORD_RESET;
	}
}
