package org.concord.identity;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates ready-to-use accounts without an invitation: for the demo data and for installers. */
@Service
public class UserProvisioning {

	private final UserAccountRepository users;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final Clock clock;

	UserProvisioning(UserAccountRepository users, PasswordEncoder encoder, PasswordPolicy policy, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.clock = clock;
	}

	/** All with the same password, hashed once (the slow hash is the point, but not eighteen times over). */
	@Transactional
	public void provision(List<Invitation> people, String password) {
		policy.check("password", password);
		String hash = encoder.encode(password);
		for (Invitation person : people) {
			UserAccount account = UserAccount.invite(person.username(), person.email(), person.displayName(),
					person.role(), person.partnerId(), clock.instant());
			account.choosePassword(hash);
			users.save(account);
		}
	}

	/**
	 * Runs an action as this person, with their rights and nothing more, outside any request: how the demo data
	 * walks a deal through the same services, and the same checks, a person would.
	 */
	public <T> T actingAs(String username, Supplier<T> action) {
		ConcordUser user = users.findByUsername(username).map(UserAccount::toPrincipal)
				.orElseThrow(() -> new IllegalArgumentException("No user " + username));
		user.eraseCredentials();
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Transactional(readOnly = true)
	public boolean anyUserExists() {
		return users.count() > 0;
	}
}
