package org.concord.rooms;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnouncementRepository extends JpaRepository<Announcement, UUID> {

	Page<Announcement> findAllByOrderByPostedAtDescIdDesc(Pageable pageable);

	/** Live now, for every audience: the caller keeps those its partner is in. */
	@Query("select a from Announcement a where a.withdrawnAt is null and a.publishAt <= :now"
			+ " and (a.expiresAt is null or a.expiresAt > :now) order by a.pinned desc, a.publishAt desc, a.id desc")
	List<Announcement> live(Instant now);
}
