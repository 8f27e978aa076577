package org.concord.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OneTimeTokenRepository extends JpaRepository<OneTimeToken, UUID> {

	Optional<OneTimeToken> findByTokenHash(String tokenHash);

	@Modifying
	@Query("update OneTimeToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
	int useAllFor(UUID userId, Instant now);
}
