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
import org.concord.shared.access.Administer;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys the vendor admin gives the vendor's own systems (the website's application form, marketing automation) to
 * send partner prospects without a person's login. A key has one scope, is shown once, and works until revoked.
 */
@Service
public class IntegrationKeys {

	/** The key, and its secret: shown this once. */
	public record CreatedKey(IntegrationKeyView key, String secret) {
	}

	/** A use is noted at most this often, so a busy sender does not write on every call. */
	static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

	private final IntegrationKeyRepository keys;
	private final AuditLog audit;
	private final Clock clock;

	IntegrationKeys(IntegrationKeyRepository keys, AuditLog audit, Clock clock) {
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	@Administer
	@Transactional
	public CreatedKey create(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new InvalidInputException("name", "Give the key a name of up to 100 characters, e.g. the system that uses it.");
		}
		String secret = Secrets.newToken("cik_");
		IntegrationKey key = keys.save(new IntegrationKey(name, IntegrationKey.PROSPECTS, secret,
				Actors.require().userId().value(), clock.instant()));
		audit.record("INTEGRATION_KEY_CREATED", key.name(), key.scope());
		return new CreatedKey(key.toView(), secret);
	}

	@Administer
	@Transactional(readOnly = true)
	public PageView<IntegrationKeyView> list(Integer page, Integer size) {
		return PageView.of(keys.findAll(Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))),
				IntegrationKey::toView);
	}

	@Administer
	@Transactional
	public void revoke(UUID id) {
		IntegrationKey key = keys.findById(id).orElseThrow(() -> new NotFoundException("Integration key"));
		key.revoke(clock.instant());
		audit.record("INTEGRATION_KEY_REVOKED", key.name(), key.scope());
	}

	/** The key with this secret, if it is known and not revoked: its name and scope. */
	@Transactional
	Optional<IntegrationKey> authenticate(String secret) {
		Optional<IntegrationKey> key = keys.findBySecretHash(Secrets.sha256(secret)).filter(IntegrationKey::isUsable);
		Instant now = clock.instant();
		key.filter(k -> k.lastUsedAt() == null || !k.lastUsedAt().plus(USE_NOTED_EVERY).isAfter(now)).ifPresent(k -> k.used(now));
		return key;
	}
}
