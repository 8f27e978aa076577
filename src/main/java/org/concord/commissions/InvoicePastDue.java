package org.concord.commissions;

import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.Money;

/** A subscriber has not paid an invoice by its due date: the vendor and the credited partners hear of it. */
public record InvoicePastDue(UUID invoiceId, ContractId contract, String subscriber, LocalDate dueOn, Money outstanding) {
}
