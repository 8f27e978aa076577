package org.concord.messages;

import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageThreadRepository extends JpaRepository<MessageThread, UUID> {

	Page<MessageThread> findByPartnerIdIn(Collection<UUID> partners, Pageable pageable);

	/** Threads whose topic or any message holds the words (lower case), of these partners. */
	@Query("select t from MessageThread t where t.partnerId in :partners and (lower(t.topic) like :pattern"
			+ " or exists (select m.id from Message m where m.threadId = t.id and lower(m.body) like :pattern))")
	Page<MessageThread> search(Collection<UUID> partners, String pattern, Pageable pageable);

	/** The same over every partner, for vendor staff. */
	@Query("select t from MessageThread t where lower(t.topic) like :pattern"
			+ " or exists (select m.id from Message m where m.threadId = t.id and lower(m.body) like :pattern)")
	Page<MessageThread> searchAll(String pattern, Pageable pageable);
}
