package org.concord.registrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChannelConflictRepository extends JpaRepository<ChannelConflict, UUID> {

	Page<ChannelConflict> findByPending(boolean pending, Pageable pageable);

	boolean existsByRegistrationIdAndDirectId(UUID registrationId, UUID directId);

	@Query("select c from ChannelConflict c where c.pending = true and c.escalatedAt is null and c.detectedAt <= :before")
	List<ChannelConflict> pendingSince(Instant before);

	@Query("select c from ChannelConflict c where c.detectedAt >= :from and c.detectedAt < :until")
	List<ChannelConflict> detectedBetween(Instant from, Instant until);
}
