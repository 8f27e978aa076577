package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.concord.ConcordIntegrationTest;
import org.concord.TestDatabaseProfiles;
import org.concord.customers.ContactId;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * First come, first served under load: partners submitting the same opportunity at the same moment get
 * exactly one acceptance, on H2 and on PostgreSQL (this class runs in both suites).
 */
@ConcordIntegrationTest
class ConcurrentRegistrationTests {

	private static final int PARTNERS = 8;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Registrations registrations;

	@RepeatedTest(3)
	void simultaneousSubmissionsOfOneOpportunityAcceptExactlyOne() throws Exception {
		Prospect prospect = Prospect.fresh();
		List<String> reps = new ArrayList<>();
		List<ContactId> contacts = new ArrayList<>();
		for (int i = 0; i < PARTNERS; i++) {
			String rep = accounts.freshPartner().rep();
			reps.add(rep);
			contacts.add(fixtures.contact(rep, prospect));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(PARTNERS);
		try {
			List<Future<Registrations.Submission>> results = new ArrayList<>();
			for (int i = 0; i < PARTNERS; i++) {
				String rep = reps.get(i);
				Opportunity opportunity = fixtures.opportunity(rep, contacts.get(i), "lighthouse");
				results.add(pool.submit(() -> {
					start.await();
					return accounts.as(rep, () -> registrations.submit(opportunity));
				}));
			}
			start.countDown();
			List<Registrations.Submission> submissions = new ArrayList<>();
			for (Future<Registrations.Submission> result : results) {
				submissions.add(result.get());
			}
			assertThat(submissions).as("on " + TestDatabaseProfiles.database())
					.filteredOn(s -> !s.alreadyRegistered()).hasSize(1);
			assertThat(submissions).filteredOn(Registrations.Submission::alreadyRegistered).hasSize(PARTNERS - 1)
					.allMatch(s -> s.status() == RegistrationStatus.REJECTED);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
