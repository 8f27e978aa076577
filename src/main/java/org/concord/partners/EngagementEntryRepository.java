package org.concord.partners;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.concord.shared.EngagementKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EngagementEntryRepository extends JpaRepository<EngagementEntry, UUID> {

	Page<EngagementEntry> findByPersonId(UUID personId, Pageable pageable);

	Page<EngagementEntry> findByPersonIdAndPartnerIdIn(UUID personId, Collection<UUID> partners, Pageable pageable);

	boolean existsByPersonIdAndKindAndSubject(UUID personId, EngagementKind kind, String subject);

	@Query("select e.kind, count(e) from EngagementEntry e where e.personId = :person group by e.kind")
	List<Object[]> countsOf(UUID person);
}
