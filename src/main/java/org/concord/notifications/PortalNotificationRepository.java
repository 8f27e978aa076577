package org.concord.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PortalNotificationRepository extends JpaRepository<PortalNotification, UUID> {

	List<PortalNotification> findTop10ByRecipientIdOrderByCreatedAtDesc(UUID recipientId);

	Page<PortalNotification> findByRecipientId(UUID recipientId, Pageable pageable);

	Page<PortalNotification> findByRecipientIdAndReadAtIsNull(UUID recipientId, Pageable pageable);

	long countByRecipientIdAndReadAtIsNull(UUID recipientId);

	Optional<PortalNotification> findByIdAndRecipientId(UUID id, UUID recipientId);

	@Modifying
	@Query("update PortalNotification n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null")
	int markAllRead(UUID recipient, Instant now);
}
