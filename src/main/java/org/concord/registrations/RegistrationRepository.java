package org.concord.registrations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	/** Submissions since then still undecided after their SLA: each counts as a miss. */
	@Query("select count(r) from Registration r where r.submittedAt >= :since and r.status = :submitted and r.decision.decisionDueAt < :now")
	long undecidedPastDueSince(Instant since, Instant now, RegistrationStatus submitted);

	/** A partner's registrations since then, counted up to {@code atMost}: the daily cap reads no more than it needs. */
	@Query(value = """
			select count(*) from (select 1 from registration where partner_id = :partnerId and submitted_at >= :since
			limit :atMost) counted""", nativeQuery = true)
	long countSubmittedSince(UUID partnerId, Instant since, int atMost);

	/** Registrations submitted in [from, until), duplicates refused at once left out: what conflicts are a share of. */
	@Query("""
			select count(r) from Registration r where r.submittedAt >= :from and r.submittedAt < :until
			and (r.decision.rejectionReason is null or r.decision.rejectionReason <> org.concord.registrations.RejectionReason.ALREADY_REGISTERED)""")
	long countSubmittedBetween(Instant from, Instant until);

	Page<Registration> findByAssignmentVendorRepIdAndStatusIn(UUID vendorRepId, Collection<RegistrationStatus> statuses, Pageable pageable);

	@Query("select r from Registration r where r.status = :returned and r.decision.returnedAt <= :before order by r.id")
	List<Registration> returnedBefore(RegistrationStatus returned, Instant before, Limit limit);

	@Query("select r from Registration r where r.status = :returned and r.decision.returnedAt <= :before and r.decision.lapseWarned = false order by r.id")
	List<Registration> returnedUnwarnedBefore(RegistrationStatus returned, Instant before,
			Limit limit);

	@Query("""
			select r from Registration r where r.status = :submitted and r.decision.decisionDueAt < :now and r.decision.escalatedAt is null
			order by r.id""")
	List<Registration> overdueNotEscalated(RegistrationStatus submitted, Instant now,
			Limit limit);

	@Query("select r from Registration r where r.status in :statuses and r.protection.protectedUntil <= :now order by r.id")
	List<Registration> protectionEnded(Collection<RegistrationStatus> statuses, Instant now,
			Limit limit);

	@Query("""
			select r from Registration r where r.status in :statuses and r.protection.protectedFrom <= :startedBefore
			and r.protection.warningsSent < :warnings and r.id > :after order by r.id""")
	List<Registration> warningCandidates(Collection<RegistrationStatus> statuses, Instant startedBefore,
			int warnings, UUID after, Limit limit);

	@Query("select r from Registration r where r.protection.renewalRequestedAt is not null and r.status in :statuses")
	Page<Registration> renewalRequests(Collection<RegistrationStatus> statuses, Pageable pageable);
}
