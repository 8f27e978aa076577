package org.concord.notifications;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, UUID> {
}
