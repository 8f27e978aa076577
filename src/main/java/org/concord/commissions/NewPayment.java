package org.concord.commissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A payment to record, from a person, a CSV row or a billing system. The idempotency key names the payment in
 * the sender's system: posting it twice records it once. A refund or chargeback names the payment it reverses.
 */
public record NewPayment(
		@NotNull(message = "choose the invoice") UUID invoiceId,
		@NotNull(message = "choose payment, refund or chargeback") PaymentKind kind,
		@NotNull(message = "enter the amount") @DecimalMin(value = "0.01", message = "must be more than zero") @Digits(integer = 12, fraction = 2) BigDecimal amount,
		@NotNull(message = "enter the date the money was received or given back") LocalDate receivedOn,
		@NotBlank(message = "give the payment's reference in your billing system") @Size(max = 100) String idempotencyKey,
		UUID reversesPaymentId) {
}
