package org.concord.registrations;

import java.util.Collection;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssistanceRequestRepository extends JpaRepository<AssistanceRequest, UUID> {

	Page<AssistanceRequest> findByAnsweredAtIsNull(Pageable pageable);

	Page<AssistanceRequest> findByAnsweredAtIsNullAndPartnerIdIn(Collection<UUID> partners, Pageable pageable);

	List<AssistanceRequest> findByRegistrationIdOrderByRequestedAt(UUID registrationId);
}
