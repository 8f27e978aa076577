package org.concord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.commissions.CommissionSummary;
import org.concord.commissions.Statements;
import org.concord.identity.TestAccounts;
import org.concord.leads.LeadSummary;
import org.concord.leads.Leads;
import org.concord.registrations.RegistrationLists;
import org.concord.registrations.RegistrationStatus;
import org.concord.registrations.RegistrationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo pipeline is loaded with the demo data on start, through the services and as the people who would
 * do each step. Other tests move the shared clock, so this checks what time does not undo.
 */
@ConcordIntegrationTest
class DemoPipelineTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	RegistrationLists registrationLists;

	@Autowired
	Statements statements;


	@Autowired
	Leads leads;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void northwindHasOpportunitiesInEveryStateAndOnlyItsOwn() {
		List<RegistrationSummary> northwind = everyRegistrationSeenBy("northwind.rep");
		assertThat(northwind).extracting(RegistrationSummary::companyName).contains("Citadel Dental Group",
				"Bluenose Fisheries Ltd.", "Halifax Harbour Construction Inc.").doesNotContain("Lakeshore Manufacturing Corp.");
		assertThat(northwind).filteredOn(r -> r.companyName().equals("Halifax Harbour Construction Inc."))
				.singleElement().extracting(RegistrationSummary::status).isEqualTo(RegistrationStatus.WON);
		assertThat(everyRegistrationSeenBy("harbour.rep"))
				.extracting(RegistrationSummary::companyName).contains("Lakeshore Manufacturing Corp.")
				.doesNotContain("Citadel Dental Group", "Bluenose Fisheries Ltd.", "Halifax Harbour Construction Inc.");
	}

	/** Every page of the person's registrations: other tests of the shared database add theirs. */
	private List<RegistrationSummary> everyRegistrationSeenBy(String username) {
		List<RegistrationSummary> all = new ArrayList<>();
		for (int page = 0;; page++) {
			int p = page;
			var rows = accounts.as(username, () -> registrationLists.list(null, null, null, p, 100));
			all.addAll(rows.content());
			if (!rows.hasNext()) {
				return all;
			}
		}
	}

	@Test
	void theWonDealsPaidInvoiceHasEarnedNorthwindCommission() {
		List<CommissionSummary> summary = accounts.as("northwind.rep",
				() -> statements.summary(accounts.partnerOf("northwind.rep")));
		assertThat(summary).filteredOn(s -> s.currency().equals("CAD")).singleElement()
				.satisfies(cad -> assertThat(cad.earned().amount()).isGreaterThan(BigDecimal.ZERO));
	}

	@Test
	void theVendorsLeadWasOfferedToNorthwindFirst() {
		LeadSummary lead = accounts.as("channel", () -> leads.list(null, 0, 500)).content().stream()
				.filter(l -> l.companyName().equals("Dartmouth Medical Clinic")).findFirst().orElseThrow();
		UUID firstOffer = jdbc.queryForObject("select partner_id from lead_offer where lead_id = ? order by offered_at limit 1",
				UUID.class, lead.id().value());
		assertThat(firstOffer).isEqualTo(accounts.partnerOf("northwind.rep").value());
	}
}
