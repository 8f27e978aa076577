package org.concord.registrations;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a renewal request confirms or changes; a value left out (null) is confirmed as it is. */
public record RenewalUpdate(Stage stage, LocalDate expectedCloseDate, BigDecimal estimatedMrr) {

	public static RenewalUpdate confirmed() {
		return new RenewalUpdate(null, null, null);
	}
}
