package org.concord.registrations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WaitingEntryRepository extends JpaRepository<WaitingEntry, UUID> {

	List<WaitingEntry> findByClaimRegistrationIdOrderByQueuedAt(UUID claimRegistrationId);

	/** The first partner in line who has not been told yet. */
	Optional<WaitingEntry> findFirstByClaimRegistrationIdAndToldAtIsNullAndRegisteredAgainAtIsNullOrderByQueuedAt(
			UUID claimRegistrationId);

	List<WaitingEntry> findByWaitingRegistrationId(UUID waitingRegistrationId);
}
