package org.concord.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Form login: refuses throttled attempts unchecked, counts every other attempt before checking it, and audits every
 * outcome. Every account, also an invited or a deactivated one, costs the same slow password check as an active
 * one, so the time an answer takes tells nothing about the account. The audit log names the account tried only
 * when it exists: what people type as a username is sometimes their password.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	/** What the audit log says was tried when the name typed is no account's. */
	static final String NO_SUCH_ACCOUNT = "(no such account)";

	private final DaoAuthenticationProvider passwords;
	private final LoginThrottle throttle;
	private final AuditLog audit;
	private final UserAccountRepository users;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	ThrottledAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder, LoginThrottle throttle,
			AuditLog audit, TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		// an account without a password yet (invited) is checked against a hash no password matches, at full cost
		String noPassword = encoder.encode(Secrets.newToken("none_"));
		this.passwords = new DaoAuthenticationProvider(username -> users.findByUsername(normalize(username))
				.map(account -> account.toPrincipal(noPassword))
				.orElseThrow(() -> new UsernameNotFoundException("unknown")));
		this.passwords.setPasswordEncoder(encoder);
		// the account's status is looked at only after the password check, which therefore always runs
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("not active");
			}
		});
		this.throttle = throttle;
		this.audit = audit;
		this.users = users;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "-";
		if (throttle.admit(username, address).isPositive()) {
			audit.recordAs("-", "LOGIN_THROTTLED", accountTried(username), null);
			throw new LoginThrottledException();
		}
		try {
			Authentication result = passwords.authenticate(attempt);
			throttle.succeeded(username, address);
			ConcordUser user = (ConcordUser) result.getPrincipal();
			Instant now = clock.instant();
			transactions.executeWithoutResult(tx -> {
				users.findById(user.userId().value()).ifPresent(account -> account.loggedIn(now));
				if (!user.isVendorStaff()) { // a partner person's login counts as engagement
					events.publishEvent(new EngagementRecorded(user.userId(), user.partnerId(), EngagementKind.LOGIN, null, now));
				}
			});
			audit.recordAs(user.getUsername(), "LOGIN_SUCCEEDED", user.getUsername(), null);
			return result;
		}
		catch (AuthenticationException ex) {
			audit.recordAs("-", "LOGIN_FAILED", accountTried(username), ex.getClass().getSimpleName());
			throw ex;
		}
	}

	/** The account's name when the name typed is an account's, otherwise a fixed marker. */
	private String accountTried(String typed) {
		String name = normalize(typed);
		return name.length() <= UserAccount.MAX_USERNAME && users.existsByUsername(name) ? name : NO_SUCH_ACCOUNT;
	}

	private static String normalize(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
