package org.concord.commissions;

import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.Money;

/** Money was received on an invoice, or given back (a refund or a chargeback). */
public record PaymentReceived(UUID paymentId, UUID invoiceId, ContractId contract, PaymentKind kind, Money amount,
		LocalDate receivedOn) {
}
