package org.concord.commissions;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, UUID> {

	boolean existsByRegistrationId(UUID registrationId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Contract c where c.id = :id")
	Optional<Contract> lockById(UUID id);
}
