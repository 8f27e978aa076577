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

	@Query("select l.id from Lead l where l.status = org.concord.leads.LeadStatus.OFFERED and l.contactDueAt <= :now order by l.contactDueAt")
	List<UUID> overdue(Instant now, Limit limit);

	@Query("""
			select l.id from Lead l where l.status = org.concord.leads.LeadStatus.OFFERED and l.remindedAt is null
			and l.remindAt <= :now order by l.remindAt""")
	List<UUID> dueForReminder(Instant now, Limit limit);

	List<Lead> findByRegistrationId(UUID registrationId);

	/** Per partner: offers, contacts made, misses and declines; the scorecard's counts. */
	@Query(value = """
			select new org.concord.leads.ScorecardCounts(o.partnerId, count(o),
			sum(case when o.outcome = org.concord.leads.OfferOutcome.CONTACTED then 1 else 0 end),
			sum(case when o.outcome = org.concord.leads.OfferOutcome.TIMED_OUT then 1 else 0 end),
			sum(case when o.outcome = org.concord.leads.OfferOutcome.DECLINED then 1 else 0 end))
			from LeadOffer o group by o.partnerId""", countQuery = "select count(distinct o.partnerId) from LeadOffer o")
	Page<ScorecardCounts> scorecards(Pageable pageable);

	/** One partner's scorecard counts. */
	@Query(value = """
			select new org.concord.leads.ScorecardCounts(o.partnerId, count(o),
			sum(case when o.outcome = org.concord.leads.OfferOutcome.CONTACTED then 1 else 0 end),
			sum(case when o.outcome = org.concord.leads.OfferOutcome.TIMED_OUT then 1 else 0 end),
			sum(case when o.outcome = org.concord.leads.OfferOutcome.DECLINED then 1 else 0 end))
			from LeadOffer o where o.partnerId = :partnerId group by o.partnerId""",
			countQuery = "select count(distinct o.partnerId) from LeadOffer o where o.partnerId = :partnerId")
	Page<ScorecardCounts> scorecardsOf(UUID partnerId, Pageable pageable);

	/** The offers of these partners that ended in contact, for the median time to contact. */
	@Query("""
			select new org.concord.leads.ContactTime(o.partnerId, o.offeredAt, o.outcomeAt) from LeadOffer o
			where o.partnerId in :partners and o.outcome = org.concord.leads.OfferOutcome.CONTACTED""")
	List<ContactTime> contactTimes(Collection<UUID> partners);
}
