package org.concord.registrations;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.concord.shared.Money;
import org.springframework.modulith.NamedInterface;

/**
 * One month of the Deals room's forecast in one currency: the open deals (approved and active) expected to close in
 * it, and their monthly recurring revenue. The commission expected on it is the commissions module's to say.
 */
@NamedInterface("deals")
public record PipelineMonth(YearMonth month, String currency, long deals, BigDecimal mrrTotal) {

	public Money mrr() {
		return Money.of(mrrTotal, currency);
	}
}
