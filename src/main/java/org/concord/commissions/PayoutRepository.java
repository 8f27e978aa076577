package org.concord.commissions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayoutRepository extends JpaRepository<PayoutBatch, UUID> {

	/** Ledger lines booked up to a day that are in no payout batch yet, as payout lines to be. */
	@Query("""
			select e.id, e.partnerId, e.amount, e.currency from CommissionLedgerEntry e where e.bookedOn <= :upTo
			and not exists (select l from PayoutLine l where l.entryId = e.id)""")
	List<Object[]> unpaidUpTo(LocalDate upTo);

	/** What was paid to a partner, per currency, on days in [from, until). */
	@Query("""
			select l.currency, coalesce(sum(l.amount), 0) from PayoutLine l, PayoutBatch b where b.id = l.batchId
			and b.status = org.concord.commissions.PayoutStatus.PAID and l.partnerId = :partnerId
			and b.paidOn >= :from and b.paidOn < :until group by l.currency""")
	List<Object[]> paidTo(UUID partnerId, LocalDate from, LocalDate until);

	List<PayoutBatch> findTop50ByOrderByPreparedAtDesc();

	/** Per partner and currency: paid before a day, and paid from it until another. */
	@Query("""
			select l.partnerId, l.currency, sum(case when b.paidOn < :from then l.amount else 0 end),
			sum(case when b.paidOn >= :from then l.amount else 0 end) from PayoutLine l, PayoutBatch b where b.id = l.batchId
			and b.status = org.concord.commissions.PayoutStatus.PAID and b.paidOn < :until group by l.partnerId, l.currency""")
	List<Object[]> paidFigures(LocalDate from, LocalDate until);

	@Query("""
			select l.partnerId, l.currency, sum(l.amount) from PayoutLine l, PayoutBatch b where b.id = l.batchId
			and b.status = org.concord.commissions.PayoutStatus.PAID group by l.partnerId, l.currency""")
	List<Object[]> paidPerPartner();
}
