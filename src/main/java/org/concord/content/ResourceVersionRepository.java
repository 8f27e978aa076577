package org.concord.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceVersionRepository extends JpaRepository<ResourceVersion, UUID> {

	Optional<ResourceVersion> findByItemIdAndNumber(UUID itemId, int number);

	List<ResourceVersion> findByItemIdOrderByNumberDesc(UUID itemId);
}
