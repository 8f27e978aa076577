package org.concord.registrations;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	@Query("""
			select r from Registration r where (:partnerId is null or r.partnerId = :partnerId
			or exists (select p from RegistrationPartner p where p.registrationId = r.id and p.partnerId = :partnerId))
			and (:status is null or r.status = :status) and (:product is null or r.product = :product)""")
	Page<Registration> search(UUID partnerId, RegistrationStatus status, String product, Pageable pageable);

	Page<Registration> findByStatus(RegistrationStatus status, Pageable pageable);

	Page<Registration> findByStatusIn(Collection<RegistrationStatus> statuses, Pageable pageable);

	Page<Registration> findByPartnerIdAndStatusIn(UUID partnerId, Collection<RegistrationStatus> statuses, Pageable pageable);

	@Query("select count(r) from Registration r where r.submittedAt >= :since and r.decidedAt is not null and r.decidedAt <= r.decisionDueAt")
	long decidedInTimeSince(Instant since);

	@Query("select count(r) from Registration r where r.submittedAt >= :since and (r.decidedAt is not null or r.decisionDueAt < :now)")
	long dueSince(Instant since, Instant now);

	@Query("""
			select new org.concord.registrations.PipelineStage(r.stage, r.mrrCurrency, count(r), sum(r.mrrAmount))
			from Registration r where (:partnerId is null or r.partnerId = :partnerId) and r.status in :statuses
			group by r.stage, r.mrrCurrency order by r.stage, r.mrrCurrency""")
	java.util.List<PipelineStage> pipeline(UUID partnerId, Collection<RegistrationStatus> statuses);

	@Query("select r from Registration r where r.status in :statuses and r.protectedUntil <= :now order by r.id")
	java.util.List<Registration> protectionEnded(Collection<RegistrationStatus> statuses, Instant now,
			org.springframework.data.domain.Limit limit);

	@Query("""
			select r from Registration r where r.status in :statuses and r.protectedFrom <= :startedBefore
			and r.warningsSent < :warnings and r.id > :after order by r.id""")
	java.util.List<Registration> warningCandidates(Collection<RegistrationStatus> statuses, Instant startedBefore,
			int warnings, UUID after, org.springframework.data.domain.Limit limit);

	@Query("select r from Registration r where r.renewalRequestedAt is not null and r.status in :statuses")
	Page<Registration> renewalRequests(Collection<RegistrationStatus> statuses, Pageable pageable);
}
