package org.concord.commissions;

import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.Money;

/** A contract's invoice for a billing period was issued. */
public record InvoiceIssued(UUID invoiceId, ContractId contract, LocalDate periodStart, LocalDate periodEnd, Money amount) {
}
