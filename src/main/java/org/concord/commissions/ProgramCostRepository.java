package org.concord.commissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramCostRepository extends JpaRepository<ProgramCost, UUID> {

	@Query("select coalesce(sum(c.amount), 0) from ProgramCost c where c.currency = :currency and c.incurredOn between :from and :to")
	BigDecimal total(String currency, LocalDate from, LocalDate to);

	/**
	 * Net payments received in a period on contracts with a sourced partner (registration or referral commission), each
	 * at the sourced partner's share of the credit (a co-sell split counts its part).
	 */
	@Query("""
			select coalesce(sum((case when p.kind = org.concord.commissions.PaymentKind.PAYMENT then p.amount else -p.amount end)
			* (select max(cp.share) from ContractPartner cp where cp.contractId = p.contractId and cp.kind in
			(org.concord.commissions.CommissionKind.REGISTRATION, org.concord.commissions.CommissionKind.REFERRAL))), 0)
			from Payment p where p.currency = :currency and p.receivedOn between :from and :to and exists (select cp from ContractPartner cp
			where cp.contractId = p.contractId and cp.kind in (org.concord.commissions.CommissionKind.REGISTRATION,
			org.concord.commissions.CommissionKind.REFERRAL))""")
	BigDecimal sourcedRevenue(String currency, LocalDate from, LocalDate to);

	/**
	 * Net payments received in a period on contracts a partner influenced, where no partner sourced the sale, at the
	 * influencing partners' share of the credit.
	 */
	@Query("""
			select coalesce(sum((case when p.kind = org.concord.commissions.PaymentKind.PAYMENT then p.amount else -p.amount end)
			* (select max(cp.share) from ContractPartner cp where cp.contractId = p.contractId
			and cp.kind = org.concord.commissions.CommissionKind.INFLUENCE)), 0)
			from Payment p where p.currency = :currency and p.receivedOn between :from and :to and exists (select cp from ContractPartner cp
			where cp.contractId = p.contractId and cp.kind = org.concord.commissions.CommissionKind.INFLUENCE) and not exists
			(select cp from ContractPartner cp where cp.contractId = p.contractId and cp.kind in
			(org.concord.commissions.CommissionKind.REGISTRATION, org.concord.commissions.CommissionKind.REFERRAL))""")
	BigDecimal influencedRevenue(String currency, LocalDate from, LocalDate to);

	@Query("select coalesce(sum(e.amount), 0) from CommissionLedgerEntry e where e.currency = :currency and e.bookedOn between :from and :to")
	BigDecimal commissions(String currency, LocalDate from, LocalDate to);
}
