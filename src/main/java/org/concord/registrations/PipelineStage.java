package org.concord.registrations;

import java.math.BigDecimal;

import org.concord.shared.Money;

/**
 * One stage of the Deals room pipeline in one currency: how many deals, their monthly recurring revenue, and
 * the commission expected on it at the program's default rate.
 */
public record PipelineStage(Stage stage, String currency, long deals, BigDecimal mrrTotal) {

	/** The program's default commission: 5% of MRR (seed 000); the commissions module refines it per partner. */
	public static final BigDecimal DEFAULT_COMMISSION_RATE = new BigDecimal("0.05");

	public Money mrr() {
		return Money.of(mrrTotal, currency);
	}

	public Money expectedCommission() {
		return mrr().times(DEFAULT_COMMISSION_RATE);
	}
}
