package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.concord.shared.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** The SLA report and the quarterly conflict report, as seed 004 reads them. */
class ReportRulesTests {

	private static final Instant MONDAY = Instant.parse("2026-11-02T14:00:00Z");
	private final BusinessCalendar calendar = new BusinessCalendar("ca", "ns", ZoneId.of("America/Halifax"), day -> false);

	@Test
	void theSlaReportCountsUndecidedSubmissionsPastDueAsMisses() {
		List<Object[]> decisions = List.of(decision(0, 48, 2), decision(0, 48, 30), decision(0, 48, 50));
		SlaReport report = SlaReport.of(MONDAY, 48, decisions, 2);
		assertThat(report.decidedInTime()).isEqualTo(2);
		assertThat(report.due()).as("three decided and two past due undecided").isEqualTo(5);
		assertThat(report.share()).isEqualTo(0.4);
		assertThat(report.rating()).isEqualTo("red");
	}

	@Test
	void theMedianAndNinetiethPercentileTimeToDecisionStandAgainstSeed004sBands() {
		List<Object[]> decisions = new ArrayList<>();
		for (int hours = 1; hours <= 10; hours++) {
			decisions.add(decision(0, 48, hours));
		}
		SlaReport fast = SlaReport.of(MONDAY, 48, decisions, 0);
		assertThat(fast.medianHours()).isEqualTo(5.0);
		assertThat(fast.p90Hours()).isEqualTo(9.0);
		assertThat(SlaReport.of(MONDAY, 48, List.<Object[]>of(decision(0, 48, 3)), 0).band()).startsWith("best");
		assertThat(SlaReport.of(MONDAY, 48, List.<Object[]>of(decision(0, 48, 30)), 0).band()).startsWith("typical");
		assertThat(SlaReport.of(MONDAY, 48, List.<Object[]>of(decision(0, 48, 80)), 0).band()).startsWith("poor");
		assertThat(SlaReport.of(MONDAY, 48, List.of(), 0).medianHours()).isNull();
	}

	@Test
	void moreThanTenPercentOfRegistrationsInConflictIsFlagged() {
		List<ChannelConflictView> eleven = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add(conflict(ConflictRule.WITHIN_SEVEN_DAYS, ConflictDecision.CO_SELL, false, MONDAY, MONDAY.plus(Duration.ofHours(4))));
		}
		ConflictReport over = ConflictReport.of(YearMonth.of(2026, 10), 100, eleven, calendar, MONDAY.plus(Duration.ofDays(30)));
		assertThat(over.share()).isEqualTo(0.11);
		assertThat(over.flagged()).isTrue();
		assertThat(ConflictReport.of(YearMonth.of(2026, 10), 110, eleven, calendar, MONDAY).flagged()).as("exactly 10%").isFalse();
		assertThat(over.quarter()).isEqualTo("2026-Q4");
	}

	@Test
	void theReportSaysHowConflictsEndedAndHowLongThePeopleDecidingTook() {
		Instant now = MONDAY.plus(Duration.ofDays(20));
		List<ChannelConflictView> conflicts = List.of(
				conflict(ConflictRule.PARTNER_REGISTERED_FIRST, ConflictDecision.PARTNER_WINS, false, MONDAY, MONDAY),
				conflict(ConflictRule.WITHIN_SEVEN_DAYS, ConflictDecision.CO_SELL, false, MONDAY, MONDAY.plus(Duration.ofHours(10))),
				conflict(ConflictRule.UNCLASSIFIED, ConflictDecision.DIRECT_WINS, false, MONDAY, MONDAY.plus(Duration.ofDays(12))),
				conflict(ConflictRule.WITHIN_SEVEN_DAYS, ConflictDecision.CO_SELL, true, MONDAY, null),
				conflict(ConflictRule.UNCLASSIFIED, ConflictDecision.CO_SELL, true, now.minus(Duration.ofDays(1)), null));
		ConflictReport report = ConflictReport.of(YearMonth.of(2026, 11), 40, conflicts, calendar, now);
		assertThat(report.decided()).containsEntry(ConflictDecision.PARTNER_WINS, 1L).containsEntry(ConflictDecision.CO_SELL, 1L)
				.containsEntry(ConflictDecision.DIRECT_WINS, 1L);
		assertThat(report.pending()).isEqualTo(2);
		assertThat(report.unclassified()).isEqualTo(2);
		assertThat(report.medianHoursToDecide()).as("the two a person decided: 10 h and 288 h; the rule's own left out")
				.isEqualTo(10.0);
		assertThat(report.decidedAfterFiveBusinessDays()).isEqualTo(1);
		assertThat(report.pendingPastFiveBusinessDays()).as("the one open since Monday three weeks ago").isEqualTo(1);
	}

	private static Object[] decision(int submittedHour, int slaHours, int decidedHour) {
		return new Object[] { MONDAY.plus(Duration.ofHours(submittedHour)), MONDAY.plus(Duration.ofHours(slaHours)),
				MONDAY.plus(Duration.ofHours(decidedHour)) };
	}

	private static ChannelConflictView conflict(ConflictRule rule, ConflictDecision decision, boolean pending, Instant detected,
			Instant decided) {
		UUID decidedBy = pending || rule.settled() ? null : UUID.randomUUID();
		return new ChannelConflictView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), rule, decision, pending, "reason",
				detected, decided, decidedBy, decision == ConflictDecision.CO_SELL ? new BigDecimal("0.5") : null, null);
	}
}
