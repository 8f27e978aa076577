package org.concord.registrations;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelConflictRepository extends JpaRepository<ChannelConflict, UUID> {

	Page<ChannelConflict> findByPending(boolean pending, Pageable pageable);

	boolean existsByRegistrationIdAndDirectId(UUID registrationId, UUID directId);

	@org.springframework.data.jpa.repository.Query("select c from ChannelConflict c where c.pending = true and c.escalatedAt is null and c.detectedAt <= :before")
	java.util.List<ChannelConflict> pendingSince(java.time.Instant before);

	@org.springframework.data.jpa.repository.Query("select c from ChannelConflict c where c.detectedAt >= :from and c.detectedAt < :until")
	java.util.List<ChannelConflict> detectedBetween(java.time.Instant from, java.time.Instant until);
}
