package org.concord.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: each user creates and revokes their own, and they act with that user's rights. */
@Service
public class ApiTokens {

	public record CreatedToken(ApiTokenView token, String secret) {
	}

	private final ApiTokenRepository tokens;
	private final UserAccountRepository users;
	private final AuditLog audit;
	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public CreatedToken create(String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "Give the token a name of up to 100 characters.");
		}
		ConcordUser me = Actors.require();
		String secret = Secrets.newToken("cct_");
		ApiToken token = tokens.save(new ApiToken(me.userId().value(), name, secret, clock.instant()));
		audit.record("API_TOKEN_CREATED", me.getUsername(), name);
		return new CreatedToken(token.toView(), secret);
	}

	@Transactional(readOnly = true)
	public PageView<ApiTokenView> mine(Integer page, Integer size) {
		return PageView.of(tokens.findByUserId(Actors.require().userId().value(),
				Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))), ApiToken::toView);
	}

	@Transactional
	public void revoke(UUID id) {
		ConcordUser me = Actors.require();
		ApiToken token = tokens.findByIdAndUserId(id, me.userId().value())
				.orElseThrow(() -> new NotFoundException("API token"));
		token.revoke(clock.instant());
		audit.record("API_TOKEN_REVOKED", me.getUsername(), token.toView().name());
	}

	/** The user a bearer token acts for, if the token is known, not revoked, and its user still active. */
	@Transactional
	Optional<ConcordUser> authenticate(String secret) {
		return tokens.findByTokenHash(Secrets.sha256(secret)).filter(ApiToken::isActive).flatMap(token -> {
			token.used(clock.instant());
			return users.findById(token.userId());
		}).filter(UserAccount::isActive).map(UserAccount::toPrincipal).map(user -> {
			user.eraseCredentials();
			return user;
		});
	}
}
