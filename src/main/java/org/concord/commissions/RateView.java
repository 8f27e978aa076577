package org.concord.commissions;

import java.math.BigDecimal;

/**
 * A rate: for a kind of commission, at a scope ({@code scopeValue} is "*" for the program, the partner type or
 * tier code, or the partner's id), e.g. 0.05 for 5%.
 */
public record RateView(CommissionKind kind, RateScope scope, String scopeValue, BigDecimal rate) {
}
