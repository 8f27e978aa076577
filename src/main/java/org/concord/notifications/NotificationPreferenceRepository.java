package org.concord.notifications;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

	List<NotificationPreference> findByUserId(UUID userId);
}
