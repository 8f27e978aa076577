package org.concord.commissions;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.Money;

/** A ledger line in a payout batch: it is paid with the batch, and never in another one. */
@Entity
@Table(name = "payout_line")
class PayoutLine {

	@Id
	private UUID id;

	@Column(name = "batch_id", insertable = false, updatable = false)
	private UUID batchId;

	private UUID entryId;

	private UUID partnerId;

	private BigDecimal amount;

	private String currency;

	protected PayoutLine() {
	}

	PayoutLine(UUID entryId, UUID partnerId, Money amount) {
		this.id = UUID.randomUUID();
		this.entryId = entryId;
		this.partnerId = partnerId;
		this.amount = amount.amount();
		this.currency = amount.currency().getCurrencyCode();
	}

	UUID partnerId() {
		return partnerId;
	}

	UUID entryId() {
		return entryId;
	}

	Money amount() {
		return Money.of(amount, currency);
	}

	String currency() {
		return currency;
	}
}
