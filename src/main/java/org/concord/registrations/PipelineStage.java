package org.concord.registrations;

import java.math.BigDecimal;

import org.concord.shared.Money;
import org.springframework.modulith.NamedInterface;

/**
 * One stage of the Deals room pipeline in one currency: how many deals and their monthly recurring revenue. The
 * commission expected on it is the commissions module's to say, at the partner's own rate.
 */
@NamedInterface("deals")
public record PipelineStage(Stage stage, String currency, long deals, BigDecimal mrrTotal) {

	public Money mrr() {
		return Money.of(mrrTotal, currency);
	}
}
