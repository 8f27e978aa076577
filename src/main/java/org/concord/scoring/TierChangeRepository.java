package org.concord.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TierChangeRepository extends JpaRepository<TierChange, UUID> {

	List<TierChange> findByStatusIn(Collection<TierChange.Status> statuses);

	Page<TierChange> findByStatus(TierChange.Status status, Pageable pageable);

	Page<TierChange> findByStatusAndPartnerIdIn(TierChange.Status status, Collection<UUID> partners, Pageable pageable);

	List<TierChange> findByStatusAndEffectiveOnLessThanEqual(TierChange.Status status, LocalDate day);

	List<TierChange> findTop12ByPartnerIdOrderByProposedAtDesc(UUID partnerId);

	@Query("select c.partnerId from TierChange c where c.proposedAt = ?1 and c.status = 'PROPOSED'")
	List<UUID> partnersProposedAt(Instant when);
}
