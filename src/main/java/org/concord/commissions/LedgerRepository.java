package org.concord.commissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The ledger can be appended to and read; nothing here updates or deletes an entry. */
interface LedgerRepository extends Repository<CommissionLedgerEntry, UUID> {

	CommissionLedgerEntry save(CommissionLedgerEntry entry);

	/** The net base accrued so far for a contract, partner and kind: where the next entry starts from. */
	@Query("""
			select coalesce(sum(e.base), 0) from CommissionLedgerEntry e
			where e.contractId = :contractId and e.partnerId = :partnerId and e.kind = :kind""")
	BigDecimal accruedBase(UUID contractId, UUID partnerId, CommissionKind kind);

	/** A partner's entries in a currency, booked in a period, with the payment's kind and the subscriber. */
	@Query("""
			select e, p.kind, c.subscriber from CommissionLedgerEntry e, Payment p, Contract c
			where p.id = e.paymentId and c.id = e.contractId and e.partnerId = :partnerId
			and e.bookedOn >= :from and e.bookedOn < :until order by e.bookedOn, e.bookedAt""")
	List<Object[]> linesOf(UUID partnerId, LocalDate from, LocalDate until);

	/** Every partner's balance before a day: the opening balances of the month-end run. */
	@Query("select e.partnerId, e.currency, sum(e.amount) from CommissionLedgerEntry e where e.bookedOn < :before group by e.partnerId, e.currency")
	List<Object[]> balancesOfAllBefore(LocalDate before);

	/** Every partner's commission earned (on money received) and reversed (on money given back) in [from, until). */
	@Query("""
			select e.partnerId, e.currency, sum(case when e.base >= 0 then e.amount else 0 end),
			sum(case when e.base < 0 then e.amount else 0 end) from CommissionLedgerEntry e
			where e.bookedOn >= :from and e.bookedOn < :until group by e.partnerId, e.currency""")
	List<Object[]> movementsOfAll(LocalDate from, LocalDate until);

	@Query("select e, p.kind, c.subscriber from CommissionLedgerEntry e, Payment p, Contract c where p.id = e.paymentId and c.id = e.contractId and e.contractId = :contractId order by e.bookedAt")
	List<Object[]> linesOfContract(UUID contractId);
}
