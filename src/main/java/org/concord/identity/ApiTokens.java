package org.concord.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each user creates and revokes their own, and they act with that user's rights. A token
 * lives as long as the vendor's safeguards allow (90 days by default) and dies with a password reset or a
 * deactivation.
 */
@Service
public class ApiTokens {

	public record CreatedToken(ApiTokenView token, String secret) {
	}

	private final ApiTokenRepository tokens;
	private final UserAccountRepository users;
	private final SecuritySettingsRepository settings;
	private final AuditLog audit;
	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, SecuritySettingsRepository settings, AuditLog audit,
			Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new token, good for {@code days} days when given, otherwise for the vendor's token lifetime; never longer
	 * than that lifetime when the vendor set one.
	 */
	@Transactional
	public CreatedToken create(String name, Integer days) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "Give the token a name of up to 100 characters.");
		}
		int lifetime = settings.current().toView().apiTokenLifetimeDays();
		if (days != null && (days < 1 || (lifetime > 0 && days > lifetime))) {
			throw new InvalidInputException("days", lifetime > 0 ? "A token lives between 1 and " + lifetime + " days."
					: "A token lives at least 1 day; leave it empty for a token that does not expire.");
		}
		int chosen = days != null ? days : lifetime;
		Instant now = clock.instant();
		ConcordUser me = Actors.require();
		String secret = Secrets.newToken("cct_");
		ApiToken token = tokens.save(new ApiToken(me.userId().value(), name, secret, now,
				chosen == 0 ? null : now.plus(Duration.ofDays(chosen))));
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

	/** Every token of a person stops working: their password was reset, or they were deactivated. */
	@Transactional
	void revokeAllOf(UserAccount account) {
		if (tokens.revokeAllOf(account.userId().value(), clock.instant()) > 0) {
			audit.record("API_TOKENS_REVOKED", account.username(), "all tokens of the account");
		}
	}

	/**
	 * The user a bearer token acts for, if the token is known, neither revoked nor expired, and its user still
	 * active. Its use is noted at most once a minute, so a busy client does not write on every call.
	 */
	@Transactional
	Optional<ConcordUser> authenticate(String secret) {
		Instant now = clock.instant();
		return tokens.findByTokenHash(Secrets.sha256(secret)).filter(token -> token.isUsable(now)).flatMap(token -> {
			if (token.needsUseNoted(now)) {
				tokens.noteUse(token.id(), now, now.minus(ApiToken.USE_NOTED_EVERY));
			}
			return users.findById(token.userId());
		}).filter(UserAccount::isActive).map(UserAccount::toPrincipal).map(user -> {
			user.eraseCredentials();
			return user;
		});
	}
}
