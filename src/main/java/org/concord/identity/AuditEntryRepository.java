package org.concord.identity;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

	Page<AuditEntry> findByAction(String action, Pageable pageable);

	Page<AuditEntry> findBySubject(String subject, Pageable pageable);
}
