package org.concord.training;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationRepository extends JpaRepository<Certification, UUID> {

	boolean existsByNameIgnoreCase(String name);
}
