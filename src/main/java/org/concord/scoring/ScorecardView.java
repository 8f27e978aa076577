package org.concord.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner's scorecard as last computed: each KPI against its target, the formula of its type and region, the
 * score, and its rank and percentile among the partners of its type. A partner sees its own, never its peers' names.
 */
public record ScorecardView(String partnerId, String partnerName, LocalDate computedOn, String partnerType,
		String partnerTypeName, List<Kpi> kpis, String formula, BigDecimal score, int rank, int peers, int percentile) {

	/** One KPI: its value, its target, and whether the value meets it. */
	public record Kpi(String kpi, String variable, String label, BigDecimal value, BigDecimal target, boolean met) {
	}
}
