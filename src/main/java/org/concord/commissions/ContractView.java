package org.concord.commissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.concord.shared.Money;
import org.concord.shared.PartnerId;

/** A contract as pages and the API show it, with the MRR in force today and its history. */
public record ContractView(ContractId id, UUID registrationId, String subscriber, String product, String currency,
		LocalDate startDate, int termMonths, int billingMonths, LocalDate endDate, LocalDate cancelledFrom, Money mrrToday, int termsVersion,
		List<Credit> partners, List<MrrStep> mrrHistory) {

	/** The same, crediting only this partner: what a partner credited on it sees (not who else is, nor their reps). */
	public ContractView creditingOnly(PartnerId partner) {
		return new ContractView(id, registrationId, subscriber, product, currency, startDate, termMonths, billingMonths, endDate,
				cancelledFrom, mrrToday, termsVersion,
				partners.stream().filter(c -> partner.value().equals(c.partnerId())).toList(), mrrHistory);
	}

	/** A partner credited on the contract, and the commission its part earns. */
	public record Credit(UUID partnerId, UUID repId, String role, CommissionKind kind, BigDecimal share) {
	}

	public record MrrStep(LocalDate effectiveFrom, Money mrr, String reason) {
	}
}
