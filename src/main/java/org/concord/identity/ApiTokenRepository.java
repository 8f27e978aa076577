package org.concord.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Page<ApiToken> findByUserId(UUID userId, Pageable pageable);

	Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);

	/** Notes a use unless one was noted since {@code notedSince}: at most one write a minute per token. */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :notedSince)")
	int noteUse(UUID id, Instant now, Instant notedSince);

	/** Revokes every token of a person still in use (their password was reset, or they were deactivated). */
	@Modifying
	@Query("update ApiToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
	int revokeAllOf(UUID userId, Instant now);
}
