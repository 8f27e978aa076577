package org.concord.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.concord.notifications.Mail;
import org.concord.notifications.Mailbox;
import org.concord.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot username?", "Forgot password?" and accepting an invitation. The first two answer the same whether
 * or not an account exists, and in the same time: the request is only counted against its limits (per e-mail
 * address or username, and per client address) and recorded; whether an account matches is looked at after the
 * answer, by {@link #on(RecoveryRequested)}.
 */
@Service
public class Recovery {

	static final String INVALID_LINK = "This link is invalid, has been used, or has expired. Ask for a new one.";

	/** Requests for one e-mail address or username: 5 in 15 minutes, then a 15-minute wait. */
	static final ThrottleEntry.Policy PER_ADDRESS = new ThrottleEntry.Policy(5, Duration.ofMinutes(15),
			Duration.ofMinutes(15), Duration.ofMinutes(15));

	/** Requests from one client: 20 in 15 minutes, then a 15-minute wait. */
	static final ThrottleEntry.Policy PER_CLIENT = new ThrottleEntry.Policy(20, Duration.ofMinutes(15),
			Duration.ofMinutes(15), Duration.ofMinutes(15));

	private final UserAccountRepository users;
	private final OneTimeTokenRepository tokens;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final Mailbox mailbox;
	private final AuditLog audit;
	private final SessionTerminator sessions;
	private final ApiTokens apiTokens;
	private final Throttle throttle;
	private final Brands brands;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Recovery(UserAccountRepository users, OneTimeTokenRepository tokens, PasswordPolicy policy, PasswordEncoder encoder,
			Mailbox mailbox, AuditLog audit, SessionTerminator sessions, ApiTokens apiTokens, Throttle throttle, Brands brands,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.transactions = transactions;
		this.users = users;
		this.tokens = tokens;
		this.policy = policy;
		this.encoder = encoder;
		this.mailbox = mailbox;
		this.audit = audit;
		this.sessions = sessions;
		this.apiTokens = apiTokens;
		this.throttle = throttle;
		this.brands = brands;
		this.events = events;
		this.clock = clock;
	}

	/** Mails the usernames of the accounts with this e-mail address, if any; the answer is the same either way. */
	public void forgotUsername(String email, Portal portal) {
		request(RecoveryRequested.Kind.USERNAME_REMINDER, email, portal);
	}

	/** Mails a reset link to the account with this username or e-mail address, if any; the same answer either way. */
	public void forgotPassword(String usernameOrEmail, Portal portal) {
		request(RecoveryRequested.Kind.PASSWORD_RESET, usernameOrEmail, portal);
	}

	private void request(RecoveryRequested.Kind kind, String given, Portal portal) {
		String normalized = given == null ? "" : given.trim().toLowerCase(Locale.ROOT);
		if (normalized.length() > 200) {
			normalized = normalized.substring(0, 200);
		}
		String client = AuditLog.clientAddress();
		Duration wait = throttle.admit(List.of(new Throttle.Rule("recovery:" + normalized, PER_ADDRESS),
				new Throttle.Rule("recovery-client:" + client, PER_CLIENT)));
		if (wait.isPositive()) {
			audit.recordAs("-", "RECOVERY_THROTTLED", null, kind.name());
			throw new RecoveryThrottledException(wait);
		}
		var requested = new RecoveryRequested(kind, normalized, portal.brand().code(), client);
		transactions.executeWithoutResult(tx -> events.publishEvent(requested));
	}

	@ApplicationModuleListener
	void on(RecoveryRequested request) {
		Portal portal = brands.portalOf(request.brand());
		switch (request.kind()) {
			case USERNAME_REMINDER -> remindUsername(request, portal);
			case PASSWORD_RESET -> sendResetLink(request, portal);
		}
	}

	private void remindUsername(RecoveryRequested request, Portal portal) {
		List<UserAccount> accounts = users.findByEmail(request.given()).stream()
				.filter(account -> !account.isDeactivated()).toList();
		if (accounts.isEmpty()) {
			audit.recordFrom(request.clientAddress(), "-", "USERNAME_REMINDER_UNKNOWN", null, null);
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
		accounts.forEach(a -> audit.recordFrom(request.clientAddress(), "-", "USERNAME_REMINDER_SENT", a.username(), null));
	}

	private void sendResetLink(RecoveryRequested request, Portal portal) {
		List<UserAccount> accounts = users.findByUsername(request.given()).map(List::of)
				.orElseGet(() -> users.findByEmail(request.given()));
		List<UserAccount> active = accounts.stream().filter(UserAccount::isActive).toList();
		if (active.isEmpty()) {
			audit.recordFrom(request.clientAddress(), "-", "PASSWORD_RESET_UNKNOWN", null, null);
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
			audit.recordFrom(request.clientAddress(), "-", "PASSWORD_RESET_REQUESTED", account.username(), null);
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
		if (!invitation) {
			apiTokens.revokeAllOf(account);
		}
		sessions.endSessionsOf(account.username());
		audit.recordAs(account.username(), invitation ? "INVITATION_ACCEPTED" : "PASSWORD_RESET_COMPLETED",
				account.username(), null);
		return account.username();
	}

	private static OneTimeToken.Purpose purpose(boolean invitation) {
		return invitation ? OneTimeToken.Purpose.INVITATION : OneTimeToken.Purpose.PASSWORD_RESET;
	}
}
