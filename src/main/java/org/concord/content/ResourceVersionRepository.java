package org.concord.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceVersionRepository extends JpaRepository<ResourceVersion, UUID> {

	Optional<ResourceVersion> findByItemIdAndNumber(UUID itemId, int number);

	List<ResourceVersion> findByItemIdOrderByNumberDesc(UUID itemId);

	/** The current version of each of these items, in one query (a page of the library). */
	@Query("select v from ResourceVersion v, ResourceItem i where i.id in :items and v.itemId = i.id and v.number = i.currentVersion")
	List<ResourceVersion> currentOf(Collection<UUID> items);
}
