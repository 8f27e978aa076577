package org.concord.commissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.Money;

/** A ledger entry as statements, pages and the API show it. */
public record LedgerLine(UUID id, UUID paymentId, PaymentKind paymentKind, UUID contractId, String subscriber,
		UUID partnerId, UUID repId, CommissionKind kind, BigDecimal rate, Money base, Money amount, LocalDate bookedOn) {
}
