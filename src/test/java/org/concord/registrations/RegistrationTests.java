package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;

class RegistrationTests {

	private final Instant now = Instant.parse("2026-11-23T14:00:00Z");
	private final PartnerId partner = PartnerId.random();
	private final UserId rep = UserId.random();
	private final UserId reviewer = UserId.random();

	private Registration submitted() {
		Opportunity form = new Opportunity(UUID.randomUUID(), "cube", new BigDecimal("1000"), "CAD", LocalDate.of(2027, 3, 1),
				Stage.QUALIFIED, "Needs a DMS", Assignment.PARTNER_WORKING, partner.value(), rep.value(), "WEB",
				partner.value(), rep.value());
		return Registration.submitted(partner, rep, "Acme", form, Duration.ofHours(48), now);
	}

	@Test
	void approvalProtectsTheOpportunityForTheProtectionPeriod() {
		Registration registration = submitted();
		registration.approve(reviewer, Duration.ofDays(120), now.plusSeconds(60));
		assertThat(registration.status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(registration.toSummary().protectedUntil()).isEqualTo(now.plusSeconds(60).plus(Duration.ofDays(120)));
		assertThat(registration.toDetails().history()).extracting(RegistrationDetails.HistoryLine::to)
				.containsExactly(RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED);
	}

	@Test
	void aRejectionNeedsAReasonAndForOtherAText() {
		Registration registration = submitted();
		assertThatThrownBy(() -> registration.reject(reviewer, null, null, now)).isInstanceOf(InvalidInputException.class)
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("reason");
		assertThatThrownBy(() -> registration.reject(reviewer, RejectionReason.OTHER, " ", now))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("note");
		registration.reject(reviewer, RejectionReason.CANNOT_CONTACT, null, now);
		assertThat(registration.status()).isEqualTo(RegistrationStatus.REJECTED);
		assertThat(registration.toDetails().decisionNote()).isEqualTo(RejectionReason.CANNOT_CONTACT.label());
	}

	@Test
	void onlyASubmittedRegistrationCanBeDecided() {
		Registration registration = submitted();
		registration.approve(reviewer, Duration.ofDays(120), now);
		assertThatThrownBy(() -> registration.reject(reviewer, RejectionReason.OTHER, "changed my mind", now))
				.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> registration.approve(reviewer, Duration.ofDays(1), now)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aReturnAsksAQuestionAndTheAnswerPutsItBackInTheQueue() {
		Registration registration = submitted();
		assertThatThrownBy(() -> registration.returnForInformation(reviewer, "", now)).isInstanceOf(InvalidInputException.class);
		registration.returnForInformation(reviewer, "Who is the decision maker?", now);
		assertThat(registration.status()).isEqualTo(RegistrationStatus.RETURNED);
		registration.resubmit(rep, "The COO, Jane Roe.", now.plusSeconds(3600));
		assertThat(registration.status()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThat(registration.toDetails().notes()).contains("The COO, Jane Roe.");
	}

	@Test
	void loggingTheFirstContactMakesAnApprovedRegistrationActive() {
		Registration registration = submitted();
		registration.approve(reviewer, Duration.ofDays(120), now);
		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThatThrownBy(() -> registration.logContact(rep, today.plusDays(1), ContactType.CALL, "call", today, now))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("contactedOn");
		registration.logContact(rep, today.minusDays(2), ContactType.CALL, "Intro call with the COO", today, now);
		assertThat(registration.status()).isEqualTo(RegistrationStatus.ACTIVE);
		assertThat(registration.toSummary().contactInitiatedOn()).isEqualTo(today.minusDays(2));
		assertThat(registration.toDetails().contactLog()).hasSize(1);
	}

	@Test
	void overdueWhenUndecidedPastTheSla() {
		Registration registration = submitted();
		assertThat(registration.isOverdue(now.plus(Duration.ofHours(47)))).isFalse();
		assertThat(registration.isOverdue(now.plus(Duration.ofHours(49)))).isTrue();
		registration.approve(reviewer, Duration.ofDays(120), now.plus(Duration.ofHours(50)));
		assertThat(registration.isOverdue(now.plus(Duration.ofHours(51)))).isFalse();
	}

	@Test
	void theProvidingPartnerIsTheSourcedPartner() {
		assertThat(submitted().toDetails().partners()).containsExactly(
				new RegistrationDetails.Attribution(partner.value(), rep.value(), AttributionRole.SOURCED));
	}

	@Test
	void anApprovedOpportunityMovesThroughStagesAndClosesAsWonOrLostWithAReason() {
		Registration won = submitted();
		assertThatThrownBy(() -> won.close(true, rep, null, now)).as("not approved yet").isInstanceOf(InvalidInputException.class);
		won.approve(reviewer, Duration.ofDays(120), now);
		won.changeStage(Stage.PROPOSAL, rep, now);
		assertThat(won.toSummary().stage()).isEqualTo(Stage.PROPOSAL);
		won.close(true, rep, null, now);
		assertThat(won.status()).isEqualTo(RegistrationStatus.WON);

		Registration lost = submitted();
		lost.approve(reviewer, Duration.ofDays(120), now);
		assertThatThrownBy(() -> lost.close(false, rep, " ", now)).extracting(e -> ((InvalidInputException) e).field())
				.isEqualTo("note");
		lost.close(false, rep, "Chose a competitor", now);
		assertThat(lost.status()).isEqualTo(RegistrationStatus.LOST);
		assertThat(lost.status().isProtecting()).isFalse();
	}
}
