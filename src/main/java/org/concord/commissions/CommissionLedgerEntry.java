package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

import org.concord.shared.Money;
import org.concord.shared.PartnerId;

/**
 * A line of the commission ledger: which payment, contract, partner and rep, at what rate, on what base, for what
 * amount. Append-only: it is written once and never changed; a correction is an entry of its own.
 */
@Entity
@Table(name = "commission_ledger_entry")
class CommissionLedgerEntry extends AbstractAggregateRoot<CommissionLedgerEntry> implements Persistable<UUID> {

	@Id
	private UUID id;

	private UUID paymentId;

	private UUID contractId;

	private UUID partnerId;

	private UUID repId;

	@Enumerated(EnumType.STRING)
	private CommissionKind kind;

	private BigDecimal rate;

	private BigDecimal base;

	private BigDecimal amount;

	private String currency;

	private LocalDate bookedOn;

	private Instant bookedAt;

	@Transient
	private boolean fresh;

	protected CommissionLedgerEntry() {
	}

	CommissionLedgerEntry(Payment payment, Contract contract, ContractPartner credit, BigDecimal rate, Money base,
			Money amount, Instant now) {
		this.id = UUID.randomUUID();
		this.paymentId = payment.id();
		this.contractId = contract.contractId().value();
		this.partnerId = credit.partnerId();
		this.repId = credit.repId();
		this.kind = credit.kind();
		this.rate = rate;
		this.base = base.amount();
		this.amount = amount.amount();
		this.currency = amount.currency().getCurrencyCode();
		this.bookedOn = payment.receivedOn();
		this.bookedAt = now;
		this.fresh = true;
		registerEvent(new CommissionBooked(id, paymentId, contract.contractId(), new PartnerId(partnerId), kind, rate, amount,
				bookedOn));
	}

	@Override
	public UUID getId() {
		return id;
	}

	/** Always an insert: an entry is never saved twice. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	/** A ledger query's row (the entry, its payment's kind, the contract's subscriber) as a statement line. */
	static LedgerLine lineOf(Object[] row) {
		return ((CommissionLedgerEntry) row[0]).toLine((String) row[2], (PaymentKind) row[1]);
	}

	LedgerLine toLine(String subscriber, PaymentKind paymentKind) {
		return new LedgerLine(id, paymentId, paymentKind, contractId, subscriber, partnerId, repId, kind, rate,
				Money.of(base, currency), Money.of(amount, currency), bookedOn);
	}
}
