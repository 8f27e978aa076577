package org.concord.shared.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/** How pages show a rate: as a percentage, {@code ${@rates.percent(rate)}}: 0.05 reads "5%", 0.0525 "5.25%". */
@Component("rates")
public class Rates {

	public String percent(BigDecimal rate) {
		return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}
}
