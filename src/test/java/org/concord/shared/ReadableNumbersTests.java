package org.concord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.concord.shared.web.Rates;
import org.junit.jupiter.api.Test;

/** Numbers the way people read them: money with thousands separators and its currency, rates as percentages. */
class ReadableNumbersTests {

	@Test
	void moneyReadsWithItsCurrencyAndThousandsSeparators() {
		assertThat(Money.of(new BigDecimal("1800"), "CAD")).hasToString("CAD 1,800.00");
		assertThat(Money.of(new BigDecimal("1234567.5"), "USD")).hasToString("USD 1,234,567.50");
		assertThat(Money.of(new BigDecimal("-62.5"), "CAD")).hasToString("CAD -62.50");
		assertThat(Money.of(new BigDecimal("1500"), "JPY")).hasToString("JPY 1,500");
	}

	@Test
	void ratesReadAsPercentages() {
		Rates rates = new Rates();
		assertThat(rates.percent(new BigDecimal("0.05000"))).isEqualTo("5%");
		assertThat(rates.percent(new BigDecimal("0.0525"))).isEqualTo("5.25%");
		assertThat(rates.percent(new BigDecimal("0.10"))).isEqualTo("10%");
		assertThat(rates.percent(null)).isEmpty();
	}
}
