package org.concord.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.Role;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
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
	private final JdbcTemplate jdbc;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, SecuritySettingsRepository settings, AuditLog audit,
			Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
	 * active. Every API call asks this first, so it is one indexed read, not two entities loaded in a transaction; its
	 * use is noted at most once a minute, so a busy client does not write on every call.
	 */
	Optional<ConcordUser> authenticate(String secret) {
		Instant now = clock.instant();
		List<Object[]> found = jdbc.query("""
				select t.id, t.revoked_at, t.expires_at, t.last_used_at, u.id, u.username, u.display_name, u.partner_id, u.role,
				u.status from api_token t join user_account u on u.id = t.user_id where t.token_hash = ?""", (row, n) -> new Object[] {
				row.getObject(1, UUID.class), instant(row, 2), instant(row, 3), instant(row, 4), new ConcordUser(row.getObject(5,
						UUID.class), row.getString(6), row.getString(7), row.getObject(8, UUID.class), Role.valueOf(row.getString(9)),
						"ACTIVE".equals(row.getString(10)), null) }, Secrets.sha256(secret));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Object[] token = found.getFirst();
		if (!ApiToken.isUsable((Instant) token[1], (Instant) token[2], now) || !((ConcordUser) token[4]).isEnabled()) {
			return Optional.empty();
		}
		if (ApiToken.needsUseNoted((Instant) token[3], now)) {
			jdbc.update("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at <= ?)",
					Timestamp.from(now), token[0], Timestamp.from(now.minus(ApiToken.USE_NOTED_EVERY)));
		}
		return Optional.of((ConcordUser) token[4]);
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		Timestamp at = row.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
