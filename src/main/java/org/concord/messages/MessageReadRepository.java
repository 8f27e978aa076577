package org.concord.messages;

import org.springframework.data.jpa.repository.JpaRepository;

interface MessageReadRepository extends JpaRepository<MessageRead, MessageRead.Key> {
}
