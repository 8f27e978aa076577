package org.concord.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in a currency, the one way money is held. Amounts are rounded once, here, to the currency's
 * minor unit with {@link RoundingMode#HALF_UP}; compare with {@link #compareTo(Money)}, never equals on the
 * BigDecimal's scale.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		amount = amount.setScale(currency.getDefaultFractionDigits(), ROUNDING);
	}

	public static Money of(BigDecimal amount, String currencyCode) {
		return new Money(amount, Currency.getInstance(currencyCode));
	}

	public static Money zero(String currencyCode) {
		return of(BigDecimal.ZERO, currencyCode);
	}

	/** The amounts added up: zero in the currency when there are none. */
	public static Money sum(Collection<Money> amounts, String currencyCode) {
		return amounts.stream().reduce(zero(currencyCode), Money::plus);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.subtract(other.amount), currency);
	}

	public Money negate() {
		return new Money(amount.negate(), currency);
	}

	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	/** This amount times a rate (e.g. 0.05 for 5%), rounded once. */
	public Money times(BigDecimal rate) {
		return new Money(amount.multiply(rate), currency);
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return amount.compareTo(other.amount);
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
		}
	}

	/** As people read it: the currency, then the amount with thousands separators, "CAD 1,800.00". */
	@Override
	public String toString() {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(amount.scale());
		format.setMaximumFractionDigits(amount.scale());
		return currency.getCurrencyCode() + " " + format.format(amount);
	}
}
