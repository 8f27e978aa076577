package org.concord.registrations;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelConflictRepository extends JpaRepository<ChannelConflict, UUID> {

	Page<ChannelConflict> findByPending(boolean pending, Pageable pageable);

	boolean existsByRegistrationIdAndDirectId(UUID registrationId, UUID directId);
}
