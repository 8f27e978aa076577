package org.concord.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.concord.shared.Money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ledger's one rounding rule: whatever the payments and refunds, and in whatever order, the entries of a
 * contract, partner and kind add up to the rate times the net payments, rounded once, to the cent.
 */
class AccrualProperties {

	/** A payment (positive cents) or a refund (negative): a refund never takes back more than was paid. */
	record Step(boolean refund, long cents) {
	}

	@Provide
	Arbitrary<List<Step>> histories() {
		Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.longs().between(1, 2_500_000))
				.as((kind, cents) -> new Step(kind == 0, cents));
		return step.list().ofMinSize(1).ofMaxSize(40);
	}

	@Provide
	Arbitrary<BigDecimal> rates() {
		return Arbitraries.of(new BigDecimal("0.05"), new BigDecimal("0.03"), new BigDecimal("0.0725"), new BigDecimal("0.1"),
				new BigDecimal("0.33333"), new BigDecimal("0.00001"), BigDecimal.ZERO);
	}

	@Property(tries = 500)
	void theEntriesAddUpToTheRateTimesTheNetPaymentsToTheCent(@ForAll("histories") List<Step> history,
			@ForAll("rates") BigDecimal rate, @ForAll("currencies") String currency) {
		Money base = Money.zero(currency);
		Money ledger = Money.zero(currency);
		List<Money> paid = new ArrayList<>();
		for (Step step : history) {
			Money amount = Money.of(BigDecimal.valueOf(step.cents(), 2), currency);
			Money change;
			if (step.refund()) {
				if (!base.isPositive()) {
					continue;
				}
				change = amount.min(base).negate();
			}
			else {
				change = amount;
				paid.add(amount);
			}
			Money entry = Accrual.entry(rate, base, base.plus(change));
			ledger = ledger.plus(entry);
			base = base.plus(change);
		}
		assertThat(ledger.compareTo(base.times(rate))).as("ledger %s = %s x %s", ledger, rate, base).isZero();
	}

	@Property(tries = 300)
	void refundingTheLatestPaymentTakesBackExactlyWhatItCarried(@ForAll("histories") List<Step> history,
			@ForAll("rates") BigDecimal rate) {
		Money base = Money.zero("CAD");
		for (Step step : history) {
			Money payment = Money.of(BigDecimal.valueOf(step.cents(), 2), "CAD");
			Money carried = Accrual.entry(rate, base, base.plus(payment));
			Money takenBack = Accrual.entry(rate, base.plus(payment), base);
			assertThat(takenBack.compareTo(carried.negate())).isZero();
			base = base.plus(payment);
		}
	}

	@Provide
	Arbitrary<String> currencies() {
		return Arbitraries.of("CAD", "USD", "EUR", "JPY", "BHD");
	}
}
