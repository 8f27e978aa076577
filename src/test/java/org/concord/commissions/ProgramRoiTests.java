package org.concord.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.concord.shared.Money;
import org.junit.jupiter.api.Test;

class ProgramRoiTests {

	private static Money usd(String amount) {
		return Money.of(new BigDecimal(amount), "USD");
	}

	/** Seed 004's worked example: 1.8M sourced, 3.2M influenced at 0.30, 618K of costs: 346% ROI. */
	@Test
	void theSeedsWorkedExample() {
		var roi = ProgramRoi.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), usd("1800000"), usd("3200000"),
				ProgramRoi.DEFAULT_INFLUENCE_WEIGHT, usd("348000"), usd("270000"));
		assertThat(roi.attributedRevenue().amount()).isEqualByComparingTo("2760000");
		assertThat(roi.totalCosts().amount()).isEqualByComparingTo("618000");
		assertThat(roi.roiPercent()).isEqualByComparingTo("346.6");
	}

	@Test
	void withoutCostsThereIsNoRoiToShow() {
		var roi = ProgramRoi.of(LocalDate.EPOCH, LocalDate.EPOCH, usd("100"), usd("0"), BigDecimal.ONE, usd("0"), usd("0"));
		assertThat(roi.roiPercent()).isNull();
	}
}
