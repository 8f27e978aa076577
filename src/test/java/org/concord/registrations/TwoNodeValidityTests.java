package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.concord.SecondNode;
import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database sweep the same expired registrations at the same moment: each
 * registration expires exactly once, with one history line and one notice. (db-scheduler normally lets only
 * one node run the job; this shows the sweep is safe even when both do.)
 */
@ConcordIntegrationTest
class TwoNodeValidityTests {

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Registrations registrations;

	@Autowired
	Validity validity;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Test
	void twoNodesSweepingTogetherExpireEachRegistrationOnce() throws Exception {
		var partner = accounts.freshPartner();
		List<Registrations.Submission> expiring = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			var submission = fixtures.register(partner.rep(), Prospect.fresh(), "lighthouse");
			accounts.as("channel", () -> {
				registrations.approve(submission.id());
			});
			expiring.add(submission);
		}
		// protection ended a day ago by the clock both nodes share
		jdbc.update("update registration set protected_until = ? where partner_id = ?",
				Timestamp.from(clock.instant().minus(Duration.ofDays(1))), partner.id().value());

		try (ConfigurableApplicationContext secondNode = SecondNode.start(environment, clock)) {
			Validity other = secondNode.getBean(Validity.class);
			SecondNode.atOnce(validity::sweep, other::sweep);
			// each node delivers the events it published: keep both running until every notice is there
			awaitNotices(partner.rep(), expiring.size());
		}

		for (var submission : expiring) {
			assertThat(jdbc.queryForObject("select status from registration where id = ?", String.class, submission.id().value()))
					.isEqualTo("EXPIRED");
			assertThat(jdbc.queryForObject("select count(*) from registration_status_change where registration_id = ? and to_status = 'EXPIRED'",
					Integer.class, submission.id().value())).as("expired once").isOne();
		}
	}

	private void awaitNotices(String username, int expected) throws InterruptedException {
		String sql = "select count(*) from portal_notification where recipient_id = ? and message like '%has expired%'";
		for (int i = 0; i < 300 && jdbc.queryForObject(sql, Integer.class, accounts.idOf(username)) < expected; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(500);
		assertThat(jdbc.queryForObject(sql, Integer.class, accounts.idOf(username))).as("one notice each").isEqualTo(expected);
	}
}
