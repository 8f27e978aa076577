package org.concord.partners;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProspectRepository extends JpaRepository<Prospect, UUID> {

	@Query("""
			select p from Prospect p where (:stage is null or p.stage = :stage)
			and (:owner is null or p.ownerId = :owner or (:withUnowned = true and p.ownerId is null))""")
	Page<Prospect> findFiltered(ProspectStage stage, UUID owner, boolean withUnowned, Pageable pageable);

	@Query("""
			select p.stage, count(p) from Prospect p
			where (:owner is null or p.ownerId = :owner or p.ownerId is null) group by p.stage""")
	List<Object[]> countByStage(UUID owner);

	/** The stage entries (arrival included) of the prospects that came in within the period, each prospect's in order. */
	@Query("""
			select p.id, e.toStage, e.at from Prospect p join p.entries e
			where p.createdAt >= :from and p.createdAt < :to and e.kind in (org.concord.partners.ProspectEntry.Kind.CREATED, org.concord.partners.ProspectEntry.Kind.STAGE)
			order by p.id, e.seq""")
	List<Object[]> stageEntries(Instant from, Instant to);
}
