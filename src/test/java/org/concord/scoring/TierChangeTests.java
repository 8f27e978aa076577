package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.concord.partners.PartnerTier;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A tier change's own rules: upgrades apply on approval, downgrades after the grace period, decisions once. */
class TierChangeTests {

	private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
	private static final Instant NOW = Instant.parse("2026-05-04T14:00:00Z");
	private static final LocalDate APPROVED_ON = LocalDate.of(2026, 5, 4);
	private final UUID manager = UUID.randomUUID();

	private TierChange proposed(PartnerTier from, PartnerTier to) {
		return TierChange.propose(UUID.randomUUID(), from, to, 40, MAY_1, NOW);
	}

	@Test
	void anApprovedUpgradeAppliesTheDayItIsApproved() {
		TierChange change = proposed(PartnerTier.SILVER, PartnerTier.GOLD);
		change.approve(manager, "well earned", APPROVED_ON, 3, NOW);
		assertThat(change.status()).isEqualTo(TierChange.Status.APPLIED);
		assertThat(change.toView("p").effectiveOn()).isEqualTo(APPROVED_ON);
	}

	@Test
	void anApprovedDowngradeWaitsForTheGracePeriodAndAppliesOnItsDay() {
		TierChange change = proposed(PartnerTier.GOLD, PartnerTier.SILVER);
		change.approve(manager, null, APPROVED_ON, 3, NOW);
		assertThat(change.status()).isEqualTo(TierChange.Status.SCHEDULED);
		assertThat(change.toView("p").effectiveOn()).as("one quarter on").isEqualTo(LocalDate.of(2026, 8, 4));
		assertThat(change.applyIfDue(LocalDate.of(2026, 8, 3))).isFalse();
		assertThat(change.status()).isEqualTo(TierChange.Status.SCHEDULED);
		assertThat(change.applyIfDue(LocalDate.of(2026, 8, 4))).isTrue();
		assertThat(change.status()).isEqualTo(TierChange.Status.APPLIED);
	}

	@Test
	void withNoGracePeriodADowngradeAppliesOnApproval() {
		TierChange change = proposed(PartnerTier.GOLD, PartnerTier.BRONZE);
		change.approve(manager, null, APPROVED_ON, 0, NOW);
		assertThat(change.status()).isEqualTo(TierChange.Status.APPLIED);
	}

	@Test
	void aScheduledDowngradeIsWithdrawnWhenThePartnerRecovers() {
		TierChange change = proposed(PartnerTier.GOLD, PartnerTier.SILVER);
		change.approve(manager, null, APPROVED_ON, 3, NOW);
		change.withdraw("back at Gold");
		assertThat(change.status()).isEqualTo(TierChange.Status.WITHDRAWN);
		assertThat(change.applyIfDue(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@Test
	void aChangeIsDecidedOnceAndARejectionSaysWhy() {
		TierChange change = proposed(PartnerTier.BRONZE, PartnerTier.SILVER);
		assertThatThrownBy(() -> change.reject(manager, " ", NOW)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo("reason"));
		change.reject(manager, "one good quarter is not enough", NOW);
		assertThat(change.status()).isEqualTo(TierChange.Status.REJECTED);
		assertThatThrownBy(() -> change.approve(manager, null, APPROVED_ON, 3, NOW))
				.isInstanceOfSatisfying(ConflictingRequestException.class, ex -> assertThat(ex.field()).isEqualTo("status"));
	}
}
