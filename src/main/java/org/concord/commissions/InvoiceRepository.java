package org.concord.commissions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

	boolean existsByContractIdAndPeriodStart(UUID contractId, LocalDate periodStart);

	List<Invoice> findByContractIdOrderByPeriodStart(UUID contractId);

	/** Invoices due before today that nobody flagged yet: the past-due check's candidates. */
	List<Invoice> findTop500ByDueOnBeforeAndFlaggedPastDueOnIsNullOrderByDueOn(LocalDate today);

	/** Flags an invoice past due unless someone did already: exactly one caller gets 1, on any number of nodes. */
	@Modifying
	@Query("update Invoice i set i.flaggedPastDueOn = :today where i.id = :id and i.flaggedPastDueOn is null")
	int flagPastDue(UUID id, LocalDate today);

	/** Unpaid invoices flagged past due, of every contract. */
	@org.springframework.data.jpa.repository.Query("select i from Invoice i where i.flaggedPastDueOn is not null order by i.dueOn")
	List<Invoice> flagged();

	/** Unpaid invoices flagged past due of the contracts a partner is credited on. */
	@org.springframework.data.jpa.repository.Query("""
			select i from Invoice i where i.flaggedPastDueOn is not null
			and i.contractId in (select p.contractId from ContractPartner p where p.partnerId = :partnerId) order by i.dueOn""")
	List<Invoice> flaggedFor(UUID partnerId);
}
