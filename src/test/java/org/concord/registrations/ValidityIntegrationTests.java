package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.util.GreenMail;

@ConcordIntegrationTest
class ValidityIntegrationTests {

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Registrations registrations;

	@Autowired
	Renewals renewals;

	@Autowired
	Deals deals;

	@Autowired
	Validity validity;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	ApplicationContext context;

	@Test
	void partnersAreWarnedAt75And105DaysAndAnUnrenewedRegistrationExpiresAndFreesTheOpportunity() throws Exception {
		var partner = accounts.freshPartner();
		var other = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.approved(partner.rep(), prospect);

		clock.advance(Duration.ofDays(74));
		validity.sweep();
		Thread.sleep(300);
		assertThat(warningsFor(partner.rep())).as("not before day 75").isZero();

		clock.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(validity.sweep().warned()).isPositive();
		validity.sweep();
		awaitWarnings(partner.rep(), 1);
		assertThat(Mails.text(Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), "expires on"))).contains("renewal");

		clock.advance(Duration.ofDays(30));
		validity.sweep();
		awaitWarnings(partner.rep(), 2);
		assertThat(fixtures.register(other.rep(), prospect, "cube").alreadyRegistered()).as("still protected").isTrue();

		clock.advance(Duration.ofDays(15));
		validity.sweep();
		assertThat(status(submission)).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(fixtures.register(other.rep(), prospect, "cube").alreadyRegistered()).as("open again").isFalse();
	}

	@Test
	void aRenewalIsGrantedAtOnceWhenTheContactLogShowsRecentWork() {
		var partner = accounts.freshPartner();
		var submission = fixtures.approved(partner.rep(), Prospect.fresh());
		clock.advance(Duration.ofDays(100));
		accounts.as(partner.rep(), () -> {
			deals.logContact(submission.id(), LocalDate.now(clock).minusDays(3), ContactType.CALL, "Pricing call");
			deals.logContact(submission.id(), LocalDate.now(clock).minusDays(1), ContactType.MEETING, "Demo");
		});
		assertThat(accounts.as(partner.rep(), () -> renewals.request(submission.id()))).isTrue();
		var summary = accounts.as(partner.rep(), () -> registrations.get(submission.id())).summary();
		assertThat(summary.protectedUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(120)));

		clock.advance(Duration.ofDays(60));
		validity.sweep();
		assertThat(status(submission)).isEqualTo(RegistrationStatus.ACTIVE);
	}

	@Test
	void withoutRecentWorkTheVendorDecidesToRenewOrTakeOver() {
		var partner = accounts.freshPartner();
		var first = fixtures.approved(partner.rep(), Prospect.fresh());
		var second = fixtures.approved(partner.rep(), Prospect.fresh());
		clock.advance(Duration.ofDays(100));

		assertThat(accounts.as(partner.rep(), () -> renewals.request(first.id()))).isFalse();
		assertThat(accounts.as(partner.rep(), () -> renewals.request(second.id()))).isFalse();
		assertThat(accounts.as("channel", () -> renewals.requests(0, 100)).content())
				.extracting(RegistrationSummary::id).contains(first.id(), second.id());

		accounts.as("channel", () -> {
			renewals.grant(first.id());
			renewals.takeOver(second.id(), "No contact logged for a month; our rep calls them.");
		});
		assertThat(accounts.as(partner.rep(), () -> registrations.get(first.id())).summary().protectedUntil())
				.isEqualTo(clock.instant().plus(Duration.ofDays(120)));
		var takenOver = accounts.as(partner.rep(), () -> registrations.get(second.id()));
		assertThat(takenOver.assignment()).isEqualTo(Assignment.ASSIGNED_TO_VENDOR);
		assertThat(takenOver.partners()).extracting(RegistrationDetails.Attribution::role).containsExactly(AttributionRole.SOURCED);
		assertThat(accounts.as("channel", () -> renewals.requests(0, 100)).content())
				.extracting(RegistrationSummary::id).doesNotContain(first.id(), second.id());
	}

	@Test
	void theSweepIsAClusterSafeDbSchedulerJob() {
		assertThat(context.getBean("registrationValidityTask", RecurringTask.class).getName()).isEqualTo("registration-validity");
		assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'registration-validity'",
				Integer.class)).isOne();
	}

	private RegistrationStatus status(Registrations.Submission submission) {
		return RegistrationStatus.valueOf(jdbc.queryForObject("select status from registration where id = ?", String.class,
				submission.id().value()));
	}

	private void awaitWarnings(String username, int expected) throws InterruptedException {
		for (int i = 0; i < 100 && warningsFor(username) < expected; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(300);
		assertThat(warningsFor(username)).isEqualTo(expected);
	}

	private int warningsFor(String username) {
		return jdbc.queryForObject("select count(*) from portal_notification where recipient_id = ? and message like '%expires on%'",
				Integer.class, accounts.idOf(username));
	}

	private static String email(String username) {
		return TestAccounts.emailOf(username);
	}
}
