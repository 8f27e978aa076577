package org.concord.notifications;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalNotificationRepository extends JpaRepository<PortalNotification, UUID> {

	List<PortalNotification> findTop10ByRecipientIdOrderByCreatedAtDesc(UUID recipientId);
}
