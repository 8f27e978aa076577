package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ConflictRuleTests {

	private final Instant registered = Instant.parse("2026-06-01T12:00:00Z");

	@Test
	void registeredMoreThanSevenDaysBeforeTheDirectOpportunityThePartnerWins() {
		Instant directCreated = registered.plus(Duration.ofDays(7)).plusSeconds(1);
		assertThat(ConflictRule.apply(registered, directCreated, directCreated)).isEqualTo(ConflictRule.PARTNER_REGISTERED_FIRST);
		assertThat(ConflictRule.PARTNER_REGISTERED_FIRST.outcome()).isEqualTo(ConflictDecision.PARTNER_WINS);
	}

	@Test
	void aDirectOpportunityAtStageTwoBeforeTheRegistrationWinsAndThePartnerIsInfluencer() {
		Instant directCreated = registered.minus(Duration.ofDays(30));
		Instant advanced = registered.minus(Duration.ofDays(1));
		assertThat(ConflictRule.apply(registered, directCreated, advanced)).isEqualTo(ConflictRule.DIRECT_ALREADY_ADVANCED);
		assertThat(ConflictRule.DIRECT_ALREADY_ADVANCED.outcome()).isEqualTo(ConflictDecision.DIRECT_WINS);
	}

	@Test
	void otherwiseAChannelManagerDecidesWithCoSellMeanwhile() {
		assertThat(ConflictRule.apply(registered, registered.plus(Duration.ofDays(7)), null)).isEqualTo(ConflictRule.WITHIN_SEVEN_DAYS);
		assertThat(ConflictRule.apply(registered, registered.minus(Duration.ofDays(3)), null)).isEqualTo(ConflictRule.WITHIN_SEVEN_DAYS);
		assertThat(ConflictRule.apply(registered, registered.minus(Duration.ofDays(7)), null))
				.as("exactly 7 days is within 7 days").isEqualTo(ConflictRule.WITHIN_SEVEN_DAYS);
		assertThat(ConflictRule.WITHIN_SEVEN_DAYS.settled()).isFalse();
		assertThat(ConflictRule.WITHIN_SEVEN_DAYS.outcome()).isEqualTo(ConflictDecision.CO_SELL);
	}

	@Test
	void aCaseNoRuleCoversIsUnclassifiedNotWithinSevenDays() {
		assertThat(ConflictRule.apply(registered, registered.minus(Duration.ofDays(30)), registered.plusSeconds(60)))
				.as("direct created a month before, stage 2 only after the registration").isEqualTo(ConflictRule.UNCLASSIFIED);
		assertThat(ConflictRule.apply(registered, registered.minus(Duration.ofDays(7)).minusSeconds(1), null))
				.as("direct a moment more than 7 days older, never advanced").isEqualTo(ConflictRule.UNCLASSIFIED);
		assertThat(ConflictRule.UNCLASSIFIED.settled()).as("a channel manager decides").isFalse();
		assertThat(ConflictRule.UNCLASSIFIED.reason()).doesNotContain("within 7 days");
		assertThat(ConflictRule.UNCLASSIFIED.label()).isEqualTo("unclassified");
	}
}
