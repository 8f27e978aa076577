package org.concord.registrations;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the scores read of registrations. Partner-sourced revenue: each partner's deals won in a period (by the day they moved to Won, V61's index), at a
 * year of their MRR, in one currency. A deal won and reopened no longer counts.
 */
@Component
class ScoredRegistrations {

	private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

	private final JdbcClient jdbc;

	ScoredRegistrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Map<PartnerId, BigDecimal> annualBetween(Instant from, Instant to, String currency) {
		Map<PartnerId, BigDecimal> revenue = new HashMap<>();
		jdbc.sql("select r.partner_id, sum(r.mrr_amount) from registration_status_change c"
				+ " join registration r on r.id = c.registration_id"
				+ " where c.to_status = 'WON' and c.changed_at >= :from and c.changed_at < :to"
				+ " and r.status = 'WON' and r.mrr_currency = :currency group by r.partner_id")
				.param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("currency", currency)
				.query(row -> {
					revenue.put(new PartnerId(row.getObject(1, UUID.class)), row.getBigDecimal(2).multiply(MONTHS));
				});
		return revenue;
	}

	/** How many registrations these partners submitted since a moment (the Overview's count). */
	@Transactional(readOnly = true)
	long submittedSince(java.util.Collection<PartnerId> partners, Instant from) {
		if (partners.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from registration where partner_id in (:partners) and submitted_at >= :from")
				.param("partners", partners.stream().map(PartnerId::value).toList()).param("from", Timestamp.from(from))
				.query(Long.class).single();
	}

	/** The open deals (approved and active) by month of expected close and currency; one partner's, or (null) all. */
	@Transactional(readOnly = true)
	List<PipelineMonth> forecast(PartnerId partner) {
		return jdbc.sql("select extract(year from expected_close_date), extract(month from expected_close_date), mrr_currency,"
				+ " count(*), sum(mrr_amount) from registration where status in ('APPROVED', 'ACTIVE')"
				+ (partner == null ? "" : " and partner_id = :partner")
				+ " group by extract(year from expected_close_date), extract(month from expected_close_date), mrr_currency"
				+ " order by 1, 2, 3")
				.params(partner == null ? Map.of() : Map.of("partner", partner.value()))
				.query((row, n) -> new PipelineMonth(YearMonth.of(row.getInt(1), row.getInt(2)), row.getString(3), row.getLong(4),
						row.getBigDecimal(5)))
				.list();
	}

	/** How many channel conflicts each partner's registrations met, detected in the period. */
	@Transactional(readOnly = true)
	Map<PartnerId, Long> conflictsBetween(Instant from, Instant to) {
		Map<PartnerId, Long> conflicts = new HashMap<>();
		jdbc.sql("select r.partner_id, count(*) from channel_conflict c join registration r on r.id = c.registration_id"
				+ " where c.detected_at >= :from and c.detected_at < :to group by r.partner_id")
				.param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
				.query(row -> {
					conflicts.put(new PartnerId(row.getObject(1, UUID.class)), row.getLong(2));
				});
		return conflicts;
	}
}
