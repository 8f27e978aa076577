package org.concord.registrations;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.concord.shared.BusinessCalendar;

/**
 * A quarter's channel conflicts (seed 004, edge case 3): how many registrations met a direct deal (over 10% means the
 * territories need tightening), how they ended, and how long the ones a channel manager decided took (over 5 business
 * days means the escalation needs streamlining).
 */
public record ConflictReport(YearMonth quarterStart, long registrations, long conflicts, double share, boolean flagged,
		Map<ConflictDecision, Long> decided, long pending, long unclassified, Double medianHoursToDecide,
		long decidedAfterFiveBusinessDays, long pendingPastFiveBusinessDays) {

	/** Over this share of registrations meeting a direct deal, the territory and segment definitions need tightening. */
	static final double FLAG_ABOVE = 0.10;

	public String quarter() {
		return quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
	}

	static ConflictReport of(YearMonth quarterStart, long registrations, List<ChannelConflictView> conflicts,
			BusinessCalendar calendar, Instant now) {
		double share = registrations == 0 ? 0 : (double) conflicts.size() / registrations;
		Map<ConflictDecision, Long> decided = new EnumMap<>(ConflictDecision.class);
		conflicts.stream().filter(c -> !c.pending()).forEach(c -> decided.merge(c.decision(), 1L, Long::sum));
		// by a person: the rules settle the others at once
		List<ChannelConflictView> mediated = conflicts.stream().filter(c -> !c.pending() && c.decidedBy() != null).toList();
		List<Double> hours = mediated.stream().map(c -> Duration.between(c.detectedAt(), c.decidedAt()).toMinutes() / 60.0)
				.sorted().toList();
		long late = mediated.stream()
				.filter(c -> c.decidedAt().isAfter(calendar.deadline(c.detectedAt(), ChannelConflicts.ESCALATE_AFTER_BUSINESS_DAYS)))
				.count();
		long pendingLate = conflicts.stream().filter(ChannelConflictView::pending)
				.filter(c -> now.isAfter(calendar.deadline(c.detectedAt(), ChannelConflicts.ESCALATE_AFTER_BUSINESS_DAYS))).count();
		return new ConflictReport(quarterStart, registrations, conflicts.size(), share, share > FLAG_ABOVE, decided,
				conflicts.stream().filter(ChannelConflictView::pending).count(),
				conflicts.stream().filter(c -> c.ruleApplied() == ConflictRule.UNCLASSIFIED).count(),
				SlaReport.percentile(hours, 0.5), late, pendingLate);
	}
}
