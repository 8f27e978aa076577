package org.concord.registrations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChannelConflictRepository extends JpaRepository<ChannelConflict, UUID> {

	Page<ChannelConflict> findByPending(boolean pending, Pageable pageable);

	/** The conflicts over these partners' registrations. */
	@Query("""
			select c from ChannelConflict c where c.pending = :pending
			and c.registrationId in (select r.id from Registration r where r.partnerId in :partners)""")
	Page<ChannelConflict> ofPartners(boolean pending, Collection<UUID> partners, Pageable pageable);

	boolean existsByRegistrationIdAndDirectId(UUID registrationId, UUID directId);

	@Query("select c from ChannelConflict c where c.pending = true and c.escalatedAt is null and c.detectedAt <= :before")
	List<ChannelConflict> pendingSince(Instant before);

	@Query("select c from ChannelConflict c where c.detectedAt >= :from and c.detectedAt < :until")
	List<ChannelConflict> detectedBetween(Instant from, Instant until);
}
