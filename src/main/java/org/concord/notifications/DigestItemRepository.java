package org.concord.notifications;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestItemRepository extends JpaRepository<DigestItem, UUID> {

	List<DigestItem> findBySentAtIsNullOrderByRecipientIdAscCreatedAtAsc(Limit limit);
}
