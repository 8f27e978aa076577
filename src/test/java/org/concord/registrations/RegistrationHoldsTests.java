package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;

import org.assertj.core.groups.Tuple;
import org.concord.ConcordIntegrationTest;
import org.concord.Inboxes;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.shared.InvalidInputException;
import org.concord.shared.LimitReachedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Holds that end (seed 004, issue 11): a return not answered lapses after a warning, a submission nobody decides is
 * escalated, partners told "already registered" wait in line and the first is told when the claim ends, and a daily
 * cap stops one partner holding a whole prospect list.
 */
@ConcordIntegrationTest
class RegistrationHoldsTests {

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLists registrationLists;

	@Autowired
	RegistrationSettings registrationSettings;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Validity validity;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aReturnNotAnsweredInFourteenDaysLapsesAndReleasesTheCompanyAfterAWarningThreeDaysBefore() throws Exception {
		var partner = accounts.freshPartner();
		var other = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.register(partner.rep(), prospect, "cube");
		returnIt(submission);
		assertThat(registrationSettings.current().returnLapseDays()).as("the default").isEqualTo(14);

		clock.advance(Duration.ofDays(11).minusMinutes(1));
		validity.sweep();
		assertThat(noticesFor(partner.rep(), "lapses on")).as("not yet warned").isZero();

		clock.advance(Duration.ofMinutes(2));
		validity.sweep();
		Inboxes.await(() -> noticesFor(partner.rep(), "lapses on") == 1);
		validity.sweep();
		assertThat(noticesFor(partner.rep(), "lapses on")).as("warned once").isOne();
		assertThat(status(submission)).isEqualTo(RegistrationStatus.RETURNED);
		assertThat(fixtures.register(other.rep(), prospect, "cube").alreadyRegistered()).as("still held").isTrue();

		clock.advance(Duration.ofDays(3));
		validity.sweep();
		assertThat(status(submission)).isEqualTo(RegistrationStatus.LAPSED);
		Inboxes.await(() -> noticesFor(partner.rep(), "lapsed") == 1);
		assertThat(fixtures.register(accounts.freshPartner().rep(), prospect, "cube").alreadyRegistered())
				.as("open to other partners").isFalse();
	}

	@Test
	void aResubmittedReturnDoesNotLapseAndItsSlaStartsAgain() {
		var partner = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		returnIt(submission);
		clock.advance(Duration.ofDays(10));
		accounts.as(partner.rep(), () -> {
			registrations.resubmit(submission.id(), "Twelve sites, two regions");
		});
		Instant resubmitted = clock.instant();
		clock.advance(Duration.ofDays(10));
		validity.sweep();
		var summary = accounts.as("channel", () -> registrations.get(submission.id())).summary();
		assertThat(summary.status()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThat(summary.decisionDueAt()).isEqualTo(resubmitted.plus(Duration.ofHours(registrationSettings.current().approvalSlaHours())));
	}

	@Test
	void aSubmissionUndecidedAtItsSlaIsEscalatedToTheChannelManagersOnceAndShowsOverdue() throws Exception {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.register(partner.rep(), prospect, "cube");
		clock.advance(Duration.ofHours(registrationSettings.current().approvalSlaHours()).minusMinutes(1));
		validity.sweep();
		assertThat(escalatedAt(submission)).isNull();

		clock.advance(Duration.ofMinutes(2));
		validity.sweep();
		assertThat(escalatedAt(submission)).isNotNull();
		Inboxes.await(() -> noticesFor("channel", "Past its approval SLA: " + prospect.company()) == 1);
		validity.sweep();
		Thread.sleep(300);
		assertThat(noticesFor("channel", "Past its approval SLA: " + prospect.company())).as("told once").isOne();

		assertThat(WebSession.loggedIn(mvc, "channel").perform(get("/registrations/" + submission.id())).getResponse()
				.getContentAsString()).contains("Overdue: the decision was due");
		assertThat(accounts.as("channel", () -> registrationLists.reviewQueue(0, 1)).content().getFirst().overdue(clock.instant()))
				.as("the oldest stands first in the queue, marked").isTrue();
	}

	@Test
	void partnersToldAlreadyRegisteredWaitInLineAndTheFirstIsToldWhenTheClaimEnds() {
		var holder = accounts.freshPartner();
		var first = accounts.freshPartner();
		var second = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var held = fixtures.register(holder.rep(), prospect, "cube");
		var firstRefused = fixtures.register(first.rep(), prospect, "cube");
		clock.advance(Duration.ofMinutes(5));
		var secondRefused = fixtures.register(second.rep(), prospect, "cube");
		assertThat(firstRefused.alreadyRegistered()).isTrue();
		assertThat(secondRefused.alreadyRegistered()).isTrue();

		var line = accounts.as("channel", () -> registrations.waitingList(held.id()));
		assertThat(line).extracting(WaitingView::place, WaitingView::registration)
				.containsExactly(Tuple.tuple(1, firstRefused.id()),
						Tuple.tuple(2, secondRefused.id()));
		assertThat(line.getFirst().partnerName()).startsWith("Test Partner");
		assertThatThrownBy(() -> accounts.as(holder.rep(), () -> registrations.waitingList(held.id())))
				.as("the vendor's view").isInstanceOf(AccessDeniedException.class);
		assertThat(accounts.as(first.rep(), () -> registrations.mayRegisterAgain(firstRefused.id()))).isFalse();

		accounts.as("channel", () -> {
			registrations.reject(held.id(), RejectionReason.OTHER, "Out of territory");
		});
		Inboxes.await(() -> noticesFor(first.rep(), "is open again") == 1);
		assertThat(noticesFor(second.rep(), "is open again")).as("only the first in line").isZero();
		assertThat(accounts.as(first.rep(), () -> registrations.mayRegisterAgain(firstRefused.id()))).isTrue();

		var again = accounts.as(first.rep(), () -> registrations.registerAgain(firstRefused.id()));
		assertThat(again.alreadyRegistered()).isFalse();
		assertThat(again.status()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThat(accounts.as(first.rep(), () -> registrations.get(again.id())).summary().companyName())
				.isEqualTo(prospect.company());
		assertThat(accounts.as(second.rep(), () -> registrations.registerAgain(secondRefused.id())).alreadyRegistered())
				.as("the first in line holds it now").isTrue();
		assertThatThrownBy(() -> accounts.as(first.rep(), () -> registrations.registerAgain(again.id())))
				.as("only a refused registration is registered again").isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aWaitingPartnerGetsNoClaimBeforeItRegistersAgain() {
		var holder = accounts.freshPartner();
		var waiting = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var held = fixtures.register(holder.rep(), prospect, "cube");
		var refused = fixtures.register(waiting.rep(), prospect, "cube");
		accounts.as("channel", () -> {
			registrations.reject(held.id(), RejectionReason.OTHER, "Duplicate of a customer");
		});
		assertThat(fixtures.register(accounts.freshPartner().rep(), prospect, "cube").alreadyRegistered())
				.as("first come, first served: the company was open").isFalse();
		assertThat(accounts.as(waiting.rep(), () -> registrations.registerAgain(refused.id())).alreadyRegistered()).isTrue();
	}

	@Test
	void aPartnerRegistersAtMostItsDailyCapUntilTheVendorRaisesIt() throws Exception {
		assertThat(registrationSettings.current().dailySubmissionCap()).as("the default").isEqualTo(50);
		var partner = accounts.freshPartner();
		assertThat(accounts.as(partner.rep(), () -> registrationSettings.dailyCapOf(partner.id()))).isEqualTo(50);
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> {
			registrationSettings.setDailyCap(partner.id(), 500);
		})).as("a partner cannot raise its own").isInstanceOf(AccessDeniedException.class);
		accounts.as("channel", () -> {
			registrationSettings.setDailyCap(partner.id(), 2);
		});
		fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		assertThatThrownBy(() -> fixtures.register(partner.rep(), Prospect.fresh(), "cube"))
				.isInstanceOf(LimitReachedException.class).hasMessageContaining("2 opportunities today")
				.satisfies(ex -> assertThat(((LimitReachedException) ex).field()).isEqualTo("partnerId"));

		String token = accounts.apiToken(partner.rep());
		var contact = fixtures.contact(partner.rep(), Prospect.fresh());
		var body = """
				{"contactId":"%s","product":"cube","estimatedMrr":"1250.00","currency":"CAD","expectedCloseDate":"%s",
				"stage":"QUALIFIED","notes":"Scripted","assignment":"PARTNER_WORKING","partnerAssignedId":"%s",
				"partnerRepAssignedId":"%s","opportunitySource":"LIGHTHOUSE_PARTNER","partnerProvidingId":"%s",
				"partnerRepProvidingId":"%s"}""".formatted(contact.value(), java.time.LocalDate.now(clock).plusDays(60),
				partner.id(), accounts.idOf(partner.rep()), partner.id(), accounts.idOf(partner.rep()));
		var refused = mvc.perform(post("/api/v1/registrations").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("\"field\":\"partnerId\"").contains("daily limit");
		assertThat(jdbc.queryForObject("select count(*) from registration where partner_id = ?", Integer.class,
				partner.id().value())).as("nothing written").isEqualTo(2);

		accounts.as("channel", () -> {
			registrationSettings.setDailyCap(partner.id(), 3);
		});
		assertThat(fixtures.register(partner.rep(), Prospect.fresh(), "cube").alreadyRegistered()).isFalse();
		assertThatThrownBy(() -> fixtures.register(partner.rep(), Prospect.fresh(), "cube")).isInstanceOf(LimitReachedException.class);
		clock.advance(Duration.ofDays(1));
		assertThat(fixtures.register(partner.rep(), Prospect.fresh(), "cube").alreadyRegistered()).as("a new day").isFalse();
		assertThatThrownBy(() -> accounts.as("channel", () -> {
			registrationSettings.setDailyCap(partner.id(), 0);
		})).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theSlaReportLeavesOutAutomaticDecisionsAndCountsUndecidedSubmissionsPastDueAsMisses() {
		clock.advance(Duration.ofHours(1));
		Instant since = clock.instant();
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var decided = fixtures.register(partner.rep(), prospect, "cube");
		assertThat(fixtures.register(accounts.freshPartner().rep(), prospect, "cube").alreadyRegistered())
				.as("refused automatically").isTrue();
		fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		clock.advance(Duration.ofHours(2));
		accounts.as("channel", () -> {
			registrations.approve(decided.id());
		});
		clock.advance(Duration.ofHours(registrationSettings.current().approvalSlaHours()));
		SlaReport report = accounts.as("channel", () -> pipeline.slaReport(since));
		assertThat(report.decidedInTime()).isOne();
		assertThat(report.due()).as("the approval and the undecided one; not the automatic refusal").isEqualTo(2);
		assertThat(report.medianHours()).isEqualTo(2.0);
		assertThat(report.band()).startsWith("best");
	}

	private void returnIt(Registrations.Submission submission) {
		accounts.as("channel", () -> {
			registrations.returnForInformation(submission.id(), "How many sites?");
		});
	}

	private RegistrationStatus status(Registrations.Submission submission) {
		return RegistrationStatus.valueOf(jdbc.queryForObject("select status from registration where id = ?", String.class,
				submission.id().value()));
	}

	private Instant escalatedAt(Registrations.Submission submission) {
		return jdbc.queryForObject("select escalated_at from registration where id = ?", Instant.class, submission.id().value());
	}

	private int noticesFor(String username, String words) {
		return Inboxes.count(jdbc, accounts.idOf(username), words);
	}
}
