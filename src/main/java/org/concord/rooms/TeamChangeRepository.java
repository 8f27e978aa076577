package org.concord.rooms;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamChangeRepository extends JpaRepository<TeamChange, UUID> {

	Page<TeamChange> findByPartnerId(UUID partnerId, Pageable pageable);
}
