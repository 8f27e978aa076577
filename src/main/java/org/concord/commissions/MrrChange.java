package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.concord.shared.Money;

/** The contract's MRR from a date on: its start, an upgrade or a downgrade. */
@Entity
@Table(name = "contract_mrr_change")
class MrrChange {

	@Id
	private UUID id;

	private LocalDate effectiveFrom;

	private BigDecimal mrrAmount;

	private String reason;

	private Instant recordedAt;

	protected MrrChange() {
	}

	MrrChange(LocalDate effectiveFrom, BigDecimal mrr, String reason, Instant now) {
		this.id = UUID.randomUUID();
		this.effectiveFrom = effectiveFrom;
		this.mrrAmount = mrr;
		this.reason = reason;
		this.recordedAt = now;
	}

	LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	BigDecimal mrr() {
		return mrrAmount;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	ContractView.MrrStep toView(String currency) {
		return new ContractView.MrrStep(effectiveFrom, Money.of(mrrAmount, currency), reason);
	}
}
