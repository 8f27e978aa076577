package org.concord.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.registrations.Deals;
import org.concord.registrations.RegistrationFixtures;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly commission tally the Overview and the statements read agrees with the ledger it sums, entry by entry
 * as payments and reversals are booked, and the nightly recount repairs it when it drifted.
 */
@ConcordIntegrationTest
class CommissionMonthsTests {

	@Autowired
	CommissionMonths months;

	@Autowired
	Statements statements;

	@Autowired
	Receipts receipts;

	@Autowired
	Contracts contracts;

	@Autowired
	Deals deals;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTallyAgreesWithTheLedgerAsPaymentsAndRefundsAreBookedAndTheOverviewReadsIt() {
		months.rebuild();
		FreshPartner partner = accounts.freshPartner();
		UUID invoice = invoiceOf(partner);
		PaymentView paid = record(invoice, PaymentKind.PAYMENT, "1000.00", null);
		record(invoice, PaymentKind.REFUND, "200.00", paid.id());

		assertThat(months.disagreements()).isEmpty();
		var earned = accounts.as(partner.rep(), () -> statements.summary(partner.id()));
		BigDecimal ledger = jdbc.queryForObject("select sum(amount) from commission_ledger_entry where partner_id = ?",
				BigDecimal.class, partner.id().value());
		assertThat(earned).singleElement().satisfies(s -> assertThat(s.earned().amount()).isEqualByComparingTo(ledger));
		assertThat(ledger).isPositive();
	}

	@Test
	void theNightlyRecountRepairsATallyThatDrifted() {
		FreshPartner partner = accounts.freshPartner();
		record(invoiceOf(partner), PaymentKind.PAYMENT, "500.00", null);
		jdbc.update("update commission_month set amount = amount + 7 where partner_id = ?", partner.id().value());
		assertThat(months.disagreements()).isNotEmpty();

		months.rebuild();

		assertThat(months.disagreements()).isEmpty();
	}

	private UUID invoiceOf(FreshPartner partner) {
		var deal = fixtures.approved(partner.rep(), Prospect.fresh());
		accounts.as(partner.rep(), () -> {
			deals.markWon(deal.id(), "Signed");
		});
		ContractId contract = accounts.as("channel", () -> contracts.open(new OpenContract(deal.id().value(), today(), 12)));
		return accounts.as("channel", () -> contracts.issueInvoice(contract, YearMonth.from(today())));
	}

	private PaymentView record(UUID invoice, PaymentKind kind, String amount, UUID reverses) {
		return accounts.as("channel", () -> receipts.recordPayment(new NewPayment(invoice, kind, new BigDecimal(amount),
				today(), "months-" + UUID.randomUUID(), reverses)));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
