package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
		assertThat(registration.toSummary().overdue(now.plus(Duration.ofHours(47)))).isFalse();
		assertThat(registration.toSummary().overdue(now.plus(Duration.ofHours(49)))).isTrue();
		registration.approve(reviewer, Duration.ofDays(120), now.plus(Duration.ofHours(50)));
		assertThat(registration.toSummary().overdue(now.plus(Duration.ofHours(51)))).isFalse();
	}

	@Test
	void theProvidingPartnerIsTheSourcedPartner() {
		assertThat(submitted().toDetails().partners()).containsExactly(
				new RegistrationDetails.Attribution(partner.value(), rep.value(), AttributionRole.SOURCED));
	}

	@Test
	void anApprovedOpportunityMovesThroughStagesAndClosesAsWonOrLostWithAReason() {
		Registration won = submitted();
		assertThatThrownBy(() -> won.markWon(rep, null, now)).as("not approved yet").isInstanceOf(InvalidInputException.class);
		won.approve(reviewer, Duration.ofDays(120), now);
		won.changeStage(Stage.PROPOSAL, rep, now);
		assertThat(won.toSummary().stage()).isEqualTo(Stage.PROPOSAL);
		won.markWon(rep, null, now);
		assertThat(won.status()).isEqualTo(RegistrationStatus.WON);

		Registration lost = submitted();
		lost.approve(reviewer, Duration.ofDays(120), now);
		assertThatThrownBy(() -> lost.markLost(rep, " ", now)).extracting(e -> ((InvalidInputException) e).field())
				.isEqualTo("note");
		lost.markLost(rep, "Chose a competitor", now);
		assertThat(lost.status()).isEqualTo(RegistrationStatus.LOST);
		assertThat(lost.status().isProtecting()).isFalse();
	}

	@Test
	void noPartnerIsInvitedOntoARegistrationThatNoLongerHoldsItsOpportunity() {
		Registration rejected = submitted();
		rejected.reject(reviewer, RejectionReason.CANNOT_CONTACT, null, now);
		Registration lost = submitted();
		lost.approve(reviewer, Duration.ofDays(120), now);
		lost.markLost(rep, "Chose a competitor", now);
		Registration won = submitted();
		won.approve(reviewer, Duration.ofDays(120), now);
		won.markWon(rep, null, now);
		for (Registration ended : List.of(rejected, lost, won)) {
			assertThatThrownBy(() -> ended.invitePartner(UUID.randomUUID(), null, AttributionRole.CO_SELL, now))
					.as(ended.status().label()).isInstanceOf(InvalidInputException.class)
					.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("status");
			assertThat(ended.toDetails().partners()).hasSize(1);
		}
		Registration open = submitted();
		open.approve(reviewer, Duration.ofDays(120), now);
		open.invitePartner(UUID.randomUUID(), null, AttributionRole.CO_SELL, now);
		assertThat(open.toDetails().partners()).hasSize(2);
	}

	@Test
	void aConflictIsNotSettledOnARegistrationThatNoLongerHoldsItsOpportunity() {
		Registration rejected = submitted();
		rejected.reject(reviewer, RejectionReason.CANNOT_CONTACT, null, now);
		assertThatThrownBy(() -> rejected.settleConflict(ConflictDecision.DIRECT_WINS, "direct was first", now))
				.isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("decision");
		assertThat(rejected.toDetails().assignment()).isEqualTo(Assignment.PARTNER_WORKING);

		Registration open = submitted();
		open.settleConflict(ConflictDecision.DIRECT_WINS, "direct was first", now);
		assertThat(open.toDetails().assignment()).isEqualTo(Assignment.ASSIGNED_TO_VENDOR);
	}

	@Test
	void anAutomaticApprovalHasNoReviewerAndSaysSo() {
		Registration registration = submitted();
		registration.approveAutomatically(Duration.ofDays(90), now);
		assertThat(registration.status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(registration.toDetails().history()).last().satisfies(line -> {
			assertThat(line.by()).isNull();
			assertThat(line.note()).isEqualTo("Approved automatically: no match found.");
		});
		assertThat(registration.pendingEvents()).containsExactly(new RegistrationSubmitted(registration.registrationId(), partner, rep),
				new org.concord.shared.EngagementRecorded(rep, partner, org.concord.shared.EngagementKind.REGISTRATION, "Acme", now),
				new RegistrationOutcome.Approved(registration.registrationId(), partner, rep, null, now.plus(Duration.ofDays(90))));
	}

	@Test
	void eachTransitionRaisesItsOwnEventWithItsFacts() {
		RegistrationId id;
		Registration approved = submitted();
		id = approved.registrationId();
		approved.approve(reviewer, Duration.ofDays(120), now);
		assertThat(approved.pendingEvents()).last()
				.isEqualTo(new RegistrationOutcome.Approved(id, partner, rep, reviewer, now.plus(Duration.ofDays(120))));

		Registration rejected = submitted();
		rejected.reject(reviewer, RejectionReason.OTHER, " Out of territory ", now);
		assertThat(rejected.pendingEvents()).last().isEqualTo(new RegistrationOutcome.Rejected(rejected.registrationId(), partner,
				rep, reviewer, RejectionReason.OTHER, "Out of territory"));

		Registration returned = submitted();
		returned.returnForInformation(reviewer, "Which site?", now);
		assertThat(returned.pendingEvents()).last()
				.isEqualTo(new RegistrationOutcome.Returned(returned.registrationId(), partner, rep, reviewer, "Which site?"));
		returned.lapseIfDue(Duration.ofDays(10), now.plus(Duration.ofDays(10)));
		assertThat(returned.pendingEvents()).last().isEqualTo(new RegistrationOutcome.Lapsed(returned.registrationId(), partner, rep, 10));

		approved.takeOver(reviewer, "Not worked", now);
		assertThat(approved.pendingEvents()).last()
				.isEqualTo(new RegistrationOutcome.TakenOver(id, partner, rep, reviewer, "Not worked"));
		approved.expireIfDue(now.plus(Duration.ofDays(120)));
		assertThat(approved.pendingEvents()).last()
				.isEqualTo(new RegistrationOutcome.Expired(id, partner, rep, now.plus(Duration.ofDays(120))));

		Registration won = submitted();
		won.approve(reviewer, Duration.ofDays(120), now);
		won.markWon(rep, "Signed", now);
		assertThat(won.pendingEvents()).last().isEqualTo(new RegistrationOutcome.Won(won.registrationId(), partner, rep, rep, "Signed"));

		Registration lost = submitted();
		lost.approve(reviewer, Duration.ofDays(120), now);
		lost.markLost(reviewer, "Chose a competitor", now);
		assertThat(lost.pendingEvents()).last()
				.isEqualTo(new RegistrationOutcome.Lost(lost.registrationId(), partner, rep, reviewer, "Chose a competitor"));

		Registration renewed = submitted();
		renewed.approve(reviewer, Duration.ofDays(90), now);
		renewed.changeStage(Stage.PROPOSAL, rep, now);
		LocalDate today = LocalDate.of(2026, 11, 23);
		renewed.requestRenewal(rep, null, Duration.ofDays(90), Duration.ofDays(30), true, today, now.plusSeconds(1));
		assertThat(renewed.pendingEvents()).last().isEqualTo(new RegistrationOutcome.Renewed(renewed.registrationId(), partner, rep,
				null, now.plusSeconds(1).plus(Duration.ofDays(90))));
		renewed.requestRenewal(rep, null, Duration.ofDays(90), Duration.ofDays(30), true, today, now.plusSeconds(2));
		renewed.grantRenewal(reviewer, Duration.ofDays(90), now.plusSeconds(3));
		assertThat(renewed.pendingEvents()).last().isEqualTo(new RegistrationOutcome.Renewed(renewed.registrationId(), partner, rep,
				reviewer, now.plusSeconds(3).plus(Duration.ofDays(90))));
	}

	@Test
	void theChannelTeamClosesAPartnersOpportunityOnlyWithAReason() {
		Registration registration = submitted();
		registration.approve(reviewer, Duration.ofDays(120), now);
		assertThatThrownBy(() -> registration.markWonByChannelTeam(reviewer, " ", now))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("note");
		assertThatThrownBy(() -> registration.markLostByChannelTeam(reviewer, null, now))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("note");
		registration.markWonByChannelTeam(reviewer, "The customer signed with us directly", now);
		assertThat(registration.status()).isEqualTo(RegistrationStatus.WON);
	}
}
