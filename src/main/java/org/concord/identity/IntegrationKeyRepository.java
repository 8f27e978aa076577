package org.concord.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntegrationKeyRepository extends JpaRepository<IntegrationKey, UUID> {

	Optional<IntegrationKey> findBySecretHash(String secretHash);
}
