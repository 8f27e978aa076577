package org.concord.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.concord.MutableClock;
import org.concord.SecondNode;
import org.concord.ConcordIntegrationTest;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.PartnerTier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database find the same overdue leads at the same moment: each lead is taken
 * back once, offered to the next partner once, and the first partner hears of it once. (db-scheduler lets one
 * node run the job at a time; this shows the sweep is safe even when both run it.)
 */
@ConcordIntegrationTest
class TwoNodeLeadDeadlineTests {

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	LeadDeadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Autowired
	MutableClock clock;

	@Test
	void twoNodesSweepingTogetherReassignEachLeadExactlyOnce() throws Exception {
		String region = LeadFixtures.territory();
		FreshPartner first = fixtures.partner(region, PartnerTier.PLATINUM, 100);
		FreshPartner next = fixtures.partner(region, PartnerTier.SILVER, 100);
		List<LeadId> overdue = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			overdue.add(fixtures.create(fixtures.lead(region)));
		}
		assertThat(overdue).allSatisfy(id -> assertThat(fixtures.get(id).summary().partnerId()).isEqualTo(first.id()));
		// the deadline passed a day ago by the clock both nodes share
		Timestamp dayAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
		jdbc.update("update lead set contact_due_at = ?, remind_at = ? where partner_id = ?", dayAgo, dayAgo, first.id().value());

		try (ConfigurableApplicationContext secondNode = SecondNode.start(environment, clock)) {
			LeadDeadlines other = secondNode.getBean(LeadDeadlines.class);
			SecondNode.atOnce(deadlines::sweep, other::sweep);
			// each node delivers the events it published: keep both running until every notice is there
			awaitNotices(first.rep(), overdue.size());
		}

		for (LeadId id : overdue) {
			assertThat(steps(id, "TAKEN_BACK")).as("taken back once").isOne();
			assertThat(jdbc.queryForObject("select count(*) from lead_offer where lead_id = ? and partner_id = ?", Integer.class,
					id.value(), next.id().value())).as("offered to the next partner once").isOne();
			assertThat(fixtures.get(id).summary().partnerId()).isEqualTo(next.id());
		}
	}

	private int steps(LeadId id, String action) {
		return jdbc.queryForObject("select count(*) from lead_routing_step where lead_id = ? and action = ?", Integer.class,
				id.value(), action);
	}

	private void awaitNotices(String username, int expected) throws InterruptedException {
		String sql = "select count(*) from portal_notification where recipient_id = ? and message like '%was taken back%'";
		for (int i = 0; i < 300 && jdbc.queryForObject(sql, Integer.class, accounts.idOf(username)) < expected; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(500);
		assertThat(jdbc.queryForObject(sql, Integer.class, accounts.idOf(username))).as("told once per lead").isEqualTo(expected);
	}
}
