package org.concord.leads;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, UUID> {

	Page<Lead> findByStatus(LeadStatus status, Pageable pageable);

	/** A partner's leads; one with a channel manager is not the partner's (yet). */
	@Query("select l from Lead l where l.partnerId = :partnerId and l.status <> org.concord.leads.LeadStatus.WITH_CHANNEL_MANAGER")
	Page<Lead> ofPartner(UUID partnerId, Pageable pageable);

	Page<Lead> findByPartnerIdAndStatus(UUID partnerId, LeadStatus status, Pageable pageable);

	/** The leads of these partners and those no partner holds (with a channel manager). */
	@Query("select l from Lead l where l.partnerId in :partners or l.partnerId is null")
	Page<Lead> ofPartnersOrNone(Collection<UUID> partners, Pageable pageable);

	@Query("select l from Lead l where l.status = :status and (l.partnerId in :partners or l.partnerId is null)")
	Page<Lead> ofPartnersOrNone(LeadStatus status, Collection<UUID> partners, Pageable pageable);

	/** The first few of a status, oldest first: no count, as a tile shows them. */
	List<Lead> findTop10ByStatusOrderByCreatedAt(LeadStatus status);

	/** A partner's first few of a status, the nearest deadline first: no count. */
	List<Lead> findTop10ByPartnerIdAndStatusOrderByContactDueAt(UUID partnerId, LeadStatus status);

	@Query("select l.id from Lead l where l.status = org.concord.leads.LeadStatus.OFFERED and l.contactDueAt <= :now order by l.contactDueAt")
	List<UUID> overdue(Instant now, Limit limit);

	@Query("""
			select l.id from Lead l where l.status = org.concord.leads.LeadStatus.OFFERED and l.remindedAt is null
			and l.remindAt <= :now order by l.remindAt""")
	List<UUID> dueForReminder(Instant now, Limit limit);

	List<Lead> findByRegistrationId(UUID registrationId);
}
