package org.concord.commissions;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One rate of a terms version: for a commission kind, at a scope (program, partner type, tier or partner). */
@Entity
@Table(name = "commission_rate")
class CommissionRate {

	@Id
	private UUID id;

	private int termsVersion;

	@Enumerated(EnumType.STRING)
	private CommissionKind kind;

	@Enumerated(EnumType.STRING)
	private RateScope scope;

	private String scopeValue;

	private BigDecimal rate;

	protected CommissionRate() {
	}

	CommissionRate(int termsVersion, RateView rate) {
		this.id = UUID.randomUUID();
		this.termsVersion = termsVersion;
		this.kind = rate.kind();
		this.scope = rate.scope();
		this.scopeValue = rate.scope() == RateScope.PROGRAM ? "*" : rate.scopeValue();
		this.rate = rate.rate();
	}

	RateView toView() {
		return new RateView(kind, scope, scopeValue, rate);
	}
}
