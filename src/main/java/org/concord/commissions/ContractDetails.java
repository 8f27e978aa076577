package org.concord.commissions;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A contract with the program terms it keeps and the rate each credited partner earns under them, its invoices,
 * the payments against them, and the ledger lines it produced (a partner sees its own lines only).
 */
public record ContractDetails(ContractView contract, TermsView terms, List<AppliedRate> rates, List<InvoiceView> invoices,
		List<PaymentView> payments, List<LedgerLine> ledger) {

	public record AppliedRate(UUID partnerId, CommissionKind kind, BigDecimal rate) {
	}
}
