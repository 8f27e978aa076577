package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.Money;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * Money received against an invoice, or given back (a refund or a chargeback of an earlier payment). Its
 * commission base is the part of the invoice's MRR it covers, negative for money given back.
 */
@Entity
@Table(name = "payment")
class Payment extends AbstractAggregateRoot<Payment> {

	@Id
	private UUID id;

	private UUID invoiceId;

	private UUID contractId;

	@Enumerated(EnumType.STRING)
	private PaymentKind kind;

	private BigDecimal amount;

	private String currency;

	private BigDecimal commissionBase;

	private LocalDate receivedOn;

	private String idempotencyKey;

	private UUID reversesPaymentId;

	private UUID recordedBy;

	private Instant recordedAt;

	protected Payment() {
	}

	Payment(Invoice invoice, PaymentKind kind, Money amount, Money commissionBase, LocalDate receivedOn, String key,
			UUID reverses, UUID recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.invoiceId = invoice.id();
		this.contractId = invoice.contractId();
		this.kind = kind;
		this.amount = amount.amount();
		this.currency = amount.currency().getCurrencyCode();
		this.commissionBase = commissionBase.amount();
		this.receivedOn = receivedOn;
		this.idempotencyKey = key;
		this.reversesPaymentId = reverses;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		registerEvent(new PaymentReceived(id, invoiceId, new ContractId(contractId), kind, amount, receivedOn));
	}

	UUID id() {
		return id;
	}

	PaymentKind kind() {
		return kind;
	}

	Money amount() {
		return Money.of(amount, currency);
	}

	/** What this payment means for the invoice's balance: positive in, negative back. */
	Money signedAmount() {
		return kind.sign() > 0 ? amount() : amount().negate();
	}

	Money commissionBase() {
		return Money.of(commissionBase, currency);
	}

	LocalDate receivedOn() {
		return receivedOn;
	}

	UUID reverses() {
		return reversesPaymentId;
	}

	/** Whether a request with this payment's key asks for this same payment (and is only sent again). */
	boolean isSameAs(NewPayment request) {
		return invoiceId.equals(request.invoiceId()) && kind == request.kind() && request.amount() != null
				&& amount.compareTo(request.amount()) == 0 && receivedOn.equals(request.receivedOn())
				&& Objects.equals(reversesPaymentId, request.reversesPaymentId());
	}

	String describe() {
		return kind.name().toLowerCase(Locale.ROOT) + " of " + amount() + " received " + receivedOn;
	}

	PaymentView toView() {
		return new PaymentView(id, invoiceId, contractId, kind, amount(), commissionBase(), receivedOn, idempotencyKey,
				reversesPaymentId, recordedAt);
	}
}
