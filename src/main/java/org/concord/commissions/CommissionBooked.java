package org.concord.commissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.Money;
import org.concord.shared.PartnerId;

/** A line of the commission ledger: what a partner earned on a payment (negative when a reversal takes it back). */
public record CommissionBooked(UUID entryId, UUID paymentId, ContractId contract, PartnerId partner, CommissionKind kind,
		BigDecimal rate, Money amount, LocalDate bookedOn) {
}
