package org.concord.identity;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Form login: refuses throttled attempts unchecked, counts failures, and audits every outcome. */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;
	private final LoginThrottle throttle;
	private final AuditLog audit;
	private final UserAccountRepository users;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ThrottledAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder, LoginThrottle throttle,
			AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.passwords = new DaoAuthenticationProvider(username -> users
				.findByUsername(username.trim().toLowerCase(Locale.ROOT)).map(UserAccount::toPrincipal)
				.orElseThrow(() -> new UsernameNotFoundException("unknown")));
		this.passwords.setPasswordEncoder(encoder);
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
		if (throttle.waitFor(username, address).isPositive()) {
			audit.recordAs("-", "LOGIN_THROTTLED", username, null);
			throw new LoginThrottledException();
		}
		try {
			Authentication result = passwords.authenticate(attempt);
			throttle.succeeded(username, address);
			ConcordUser user = (ConcordUser) result.getPrincipal();
			transactions.executeWithoutResult(tx -> users.findById(user.userId().value())
					.ifPresent(account -> account.loggedIn(clock.instant())));
			audit.recordAs(user.getUsername(), "LOGIN_SUCCEEDED", user.getUsername(), null);
			return result;
		}
		catch (AuthenticationException ex) {
			throttle.failed(username, address);
			audit.recordAs("-", "LOGIN_FAILED", username, ex.getClass().getSimpleName());
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
