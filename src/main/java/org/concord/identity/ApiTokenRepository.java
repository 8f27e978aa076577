package org.concord.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Page<ApiToken> findByUserId(UUID userId, Pageable pageable);

	Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);
}
