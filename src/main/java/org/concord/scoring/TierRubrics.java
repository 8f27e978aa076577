package org.concord.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.concord.shared.Audited;
import org.concord.shared.access.Administer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tier rubric in force: seed 004's until a vendor admin changes its bands, weights, thresholds or grace period. */
@Service
public class TierRubrics {

	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher events;

	TierRubrics(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Anyone signed in reads the rubric: a partner sees what each tier asks of it. */
	@Transactional(readOnly = true)
	public TierRubric current() {
		Map<TierCriterion, List<TierRubric.Band>> bands = new EnumMap<>(TierCriterion.class);
		jdbc.query("select criterion, from_value, points from tier_rubric_band order by criterion, from_value", row -> {
			bands.computeIfAbsent(TierCriterion.valueOf(row.getString(1)), c -> new ArrayList<>())
					.add(new TierRubric.Band(row.getBigDecimal(2), row.getInt(3)));
		});
		return jdbc.queryForObject("select silver_from, gold_from, platinum_from, grace_months, revenue_currency,"
				+ " all_certifications from tier_setting where id = 1", (row, n) -> new TierRubric(bands, row.getInt(1),
						row.getInt(2), row.getInt(3), row.getInt(4), row.getString(5), row.getInt(6)));
	}

	/** A vendor admin replaces the rubric; it counts from the next assessment on. */
	@Administer
	@Transactional
	public TierRubric change(TierRubric changed) {
		TierRubric rubric = changed.validated();
		jdbc.update("delete from tier_rubric_band");
		List<Object[]> rows = new ArrayList<>();
		rubric.bands().forEach((criterion, bands) -> bands.forEach(band -> rows.add(new Object[] { criterion.name(),
				band.from(), band.points() })));
		jdbc.batchUpdate("insert into tier_rubric_band (criterion, from_value, points) values (?, ?, ?)", rows);
		jdbc.update("update tier_setting set silver_from = ?, gold_from = ?, platinum_from = ?, grace_months = ?,"
				+ " revenue_currency = ?, all_certifications = ? where id = 1", rubric.silverFrom(), rubric.goldFrom(),
				rubric.platinumFrom(), rubric.graceMonths(), rubric.revenueCurrency(), rubric.allCertifications());
		events.publishEvent(new Audited("TIER_RUBRIC_CHANGED", "tier-rubric", describe(rubric)));
		return current();
	}

	private static String describe(TierRubric rubric) {
		StringBuilder text = new StringBuilder();
		rubric.bands().forEach((criterion, bands) -> {
			text.append(criterion.name()).append(':');
			bands.forEach(b -> text.append(' ').append(plain(b.from())).append('=').append(b.points()));
			text.append("; ");
		});
		return text + "Silver " + rubric.silverFrom() + ", Gold " + rubric.goldFrom() + ", Platinum " + rubric.platinumFrom()
				+ ", grace " + rubric.graceMonths() + " months";
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
