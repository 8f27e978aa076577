package org.concord.messages;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, UUID> {

	Page<Message> findByThreadId(UUID threadId, Pageable pageable);

	@Query("select distinct m.authorId from Message m where m.threadId = :thread")
	List<UUID> authorsOf(UUID thread);
}
