package org.concord.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.concord.partners.PartnerSummary;
import org.concord.partners.PartnerTier;
import org.concord.registrations.Assignment;
import org.concord.registrations.AttributionRole;
import org.concord.shared.PartnerId;
import org.junit.jupiter.api.Test;

class RateCardTests {

	private final PartnerSummary goldSales = new PartnerSummary(PartnerId.random(), "Gold Sales", "SALES_PARTNER", "Sales Partner",
			PartnerTier.GOLD, "CA", "NS", "Halifax", null, Instant.EPOCH, null, null, false);

	private static RateView rate(CommissionKind kind, RateScope scope, String value, String rate) {
		return new RateView(kind, scope, value, new BigDecimal(rate));
	}

	@Test
	void theMostSpecificRateWinsPartnerThenTierThenTypeThenProgram() {
		var program = rate(CommissionKind.REGISTRATION, RateScope.PROGRAM, "*", "0.05");
		var type = rate(CommissionKind.REGISTRATION, RateScope.PARTNER_TYPE, "SALES_PARTNER", "0.06");
		var tier = rate(CommissionKind.REGISTRATION, RateScope.TIER, "GOLD", "0.07");
		var own = rate(CommissionKind.REGISTRATION, RateScope.PARTNER, goldSales.id().toString(), "0.08");
		var otherTier = rate(CommissionKind.REGISTRATION, RateScope.TIER, "PLATINUM", "0.09");

		assertThat(RateCard.rate(List.of(program), CommissionKind.REGISTRATION, goldSales)).isEqualByComparingTo("0.05");
		assertThat(RateCard.rate(List.of(program, type), CommissionKind.REGISTRATION, goldSales)).isEqualByComparingTo("0.06");
		assertThat(RateCard.rate(List.of(tier, program, type, otherTier), CommissionKind.REGISTRATION, goldSales))
				.isEqualByComparingTo("0.07");
		assertThat(RateCard.rate(List.of(program, own, tier, type), CommissionKind.REGISTRATION, goldSales))
				.isEqualByComparingTo("0.08");
	}

	@Test
	void eachKindOfCommissionHasItsOwnRatesAndNoRateIsZero() {
		var registration = rate(CommissionKind.REGISTRATION, RateScope.PROGRAM, "*", "0.05");
		var influence = rate(CommissionKind.INFLUENCE, RateScope.PROGRAM, "*", "0.02");
		assertThat(RateCard.rate(List.of(registration, influence), CommissionKind.INFLUENCE, goldSales)).isEqualByComparingTo("0.02");
		assertThat(RateCard.rate(List.of(registration, influence), CommissionKind.REFERRAL, goldSales)).isZero();
	}

	@Test
	void theSourcedPartnerEarnsRegistrationCommissionWhenItWorksTheDealAndReferralWhenTheVendorDoes() {
		assertThat(Contracts.kindOf(AttributionRole.SOURCED, Assignment.PARTNER_WORKING, true)).isEqualTo(CommissionKind.REGISTRATION);
		assertThat(Contracts.kindOf(AttributionRole.SOURCED, Assignment.ASSIGNED_TO_VENDOR, true)).isEqualTo(CommissionKind.REFERRAL);
		assertThat(Contracts.kindOf(AttributionRole.INFLUENCED, Assignment.PARTNER_WORKING, true)).isEqualTo(CommissionKind.INFLUENCE);
		assertThat(Contracts.kindOf(AttributionRole.CO_SELL, Assignment.ASSIGNED_TO_VENDOR, false))
				.as("a partner the vendor invited to co-sell").isEqualTo(CommissionKind.INFLUENCE);
	}

	@Test
	void theRegistrantInACoSellSplitKeepsItsSourcedCommissionAtItsShare() {
		assertThat(Contracts.kindOf(AttributionRole.CO_SELL, Assignment.PARTNER_WORKING, true)).isEqualTo(CommissionKind.REGISTRATION);
	}
}
