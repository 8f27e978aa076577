package org.concord.commissions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.concord.shared.Money;

/** A contract as pages and the API show it, with the MRR in force today and its history. */
public record ContractView(ContractId id, UUID registrationId, String subscriber, String product, String currency,
		LocalDate startDate, int termMonths, int billingMonths, LocalDate endDate, LocalDate cancelledFrom, Money mrrToday, int termsVersion,
		List<Credit> partners, List<MrrStep> mrrHistory) {

	/** A partner credited on the contract, and the commission its part earns. */
	public record Credit(UUID partnerId, UUID repId, String role, CommissionKind kind) {
	}

	public record MrrStep(LocalDate effectiveFrom, Money mrr, String reason) {
	}
}
