package org.concord.commissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.Money;

/** A payment, refund or chargeback as recorded. */
public record PaymentView(UUID id, UUID invoiceId, UUID contractId, PaymentKind kind, Money amount, Money commissionBase,
		LocalDate receivedOn, String idempotencyKey, UUID reversesPaymentId, Instant recordedAt) {
}
