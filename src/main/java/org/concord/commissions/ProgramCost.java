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

import org.concord.shared.Money;

/** A cost of the partner program the vendor entered, on the day it was incurred. */
@Entity
@Table(name = "program_cost")
class ProgramCost {

	@Id
	private UUID id;

	private LocalDate incurredOn;

	@Enumerated(EnumType.STRING)
	private CostCategory category;

	private BigDecimal amount;

	private String currency;

	private String note;

	private UUID enteredBy;

	private Instant enteredAt;

	protected ProgramCost() {
	}

	ProgramCost(LocalDate incurredOn, CostCategory category, Money amount, String note, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		this.incurredOn = incurredOn;
		this.category = category;
		this.amount = amount.amount();
		this.currency = amount.currency().getCurrencyCode();
		this.note = note;
		this.enteredBy = by;
		this.enteredAt = now;
	}
}
