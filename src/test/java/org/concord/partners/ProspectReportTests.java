package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.concord.shared.ConflictingRequestException;
import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The conversion report's figures worked out by hand, and the stage rules a prospect keeps itself. */
class ProspectReportTests {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private static Instant day(double days) {
		return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
	}

	@Test
	void conversionRateIsConvertedOverArrivedAndEachStagesMedianCountsEndedStaysOnly() {
		// A: New 2 days, Qualified 4, Application 1, converted (Onboarding 3), Active
		// B: New 4 days, Qualified 6, declined
		// C: New 1 day, still Qualified
		// D: still New
		List<ProspectReport.Move> moves = List.of(
				new ProspectReport.Move("A", ProspectStage.NEW, day(0)), new ProspectReport.Move("A", ProspectStage.QUALIFIED, day(2)),
				new ProspectReport.Move("A", ProspectStage.APPLICATION, day(6)), new ProspectReport.Move("A", ProspectStage.ONBOARDING, day(7)),
				new ProspectReport.Move("A", ProspectStage.ACTIVE, day(10)),
				new ProspectReport.Move("B", ProspectStage.NEW, day(0)), new ProspectReport.Move("B", ProspectStage.QUALIFIED, day(4)),
				new ProspectReport.Move("B", ProspectStage.DECLINED, day(10)),
				new ProspectReport.Move("C", ProspectStage.NEW, day(1)), new ProspectReport.Move("C", ProspectStage.QUALIFIED, day(2)),
				new ProspectReport.Move("D", ProspectStage.NEW, day(3)));

		ProspectReport report = ProspectReport.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), moves);

		assertThat(report.prospects()).isEqualTo(4);
		assertThat(report.converted()).isEqualTo(1);
		assertThat(report.declined()).isEqualTo(1);
		assertThat(report.conversionRate()).isEqualByComparingTo("25.0");
		// New: stays of 2, 4 and 1 days ended (D's has not): median 2; Qualified: 4 and 6 (C's has not): median 5
		assertThat(report.stages()).extracting(ProspectReport.StageTime::stage, ProspectReport.StageTime::stays,
				ProspectReport.StageTime::medianDays).containsExactly(
						org.assertj.core.groups.Tuple.tuple(ProspectStage.NEW, 3, new BigDecimal("2.0")),
						org.assertj.core.groups.Tuple.tuple(ProspectStage.QUALIFIED, 2, new BigDecimal("5.0")),
						org.assertj.core.groups.Tuple.tuple(ProspectStage.APPLICATION, 1, new BigDecimal("1.0")),
						org.assertj.core.groups.Tuple.tuple(ProspectStage.AGREEMENT, 0, null),
						org.assertj.core.groups.Tuple.tuple(ProspectStage.ONBOARDING, 1, new BigDecimal("3.0")));
	}

	@Test
	void anEmptyPeriodHasNoRate() {
		ProspectReport report = ProspectReport.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), List.of());
		assertThat(report.prospects()).isZero();
		assertThat(report.conversionRate()).isNull();
		assertThat(report.stages()).allMatch(s -> s.stays() == 0 && s.medianDays() == null);
	}

	@Test
	void aProspectIsConvertedOnceQualifiedAndReachesActiveOnlyThrough() {
		NewProspect details = new NewProspect("Loon Ltd", "Lee", "LEE@Loon.example ", null, null, "CA", null, null, null, null, null);
		UUID by = UUID.randomUUID();
		Prospect prospect = new Prospect(details, ProspectSource.CHANNEL, null, by, by, T0);
		assertThat(prospect.email()).isEqualTo("lee@loon.example");
		assertThatThrownBy(() -> prospect.converted(UUID.randomUUID(), "Loon", by, day(1)))
				.isInstanceOf(ConflictingRequestException.class).hasMessageContaining("Qualify");
		assertThatThrownBy(() -> prospect.moveTo(ProspectStage.ACTIVE, null, by, day(1))).isInstanceOf(ConflictingRequestException.class);
		prospect.moveTo(ProspectStage.AGREEMENT, null, by, day(1));
		prospect.moveTo(ProspectStage.QUALIFIED, null, by, day(2));
		prospect.converted(UUID.randomUUID(), "Loon", by, day(3));
		assertThat(prospect.stage()).isEqualTo(ProspectStage.ONBOARDING);
		assertThatThrownBy(() -> prospect.moveTo(ProspectStage.DECLINED, "late", by, day(4))).isInstanceOf(ConflictingRequestException.class);
		assertThatThrownBy(() -> prospect.moveTo(ProspectStage.NEW, null, by, day(4))).isInstanceOf(ConflictingRequestException.class);
		assertThatThrownBy(() -> prospect.moveTo(null, null, by, day(4))).isInstanceOf(InvalidInputException.class);
		prospect.moveTo(ProspectStage.ACTIVE, null, by, day(5));
		assertThat(prospect.entries()).extracting(ProspectEntry::kind).containsExactly(ProspectEntry.Kind.CREATED,
				ProspectEntry.Kind.STAGE, ProspectEntry.Kind.STAGE, ProspectEntry.Kind.CONVERTED, ProspectEntry.Kind.STAGE,
				ProspectEntry.Kind.STAGE);
	}
}
