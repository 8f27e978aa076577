package org.concord.registrations;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.TallyTable;
import org.concord.shared.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The registration tally: how many registrations, and how much MRR, each partner has per status, stage and currency.
 * The pipeline and the Overview read it instead of summing every registration on every visit. It is kept in the same
 * transaction as the registration it counts: as an entity listener, it takes the registration's counted values when
 * it is loaded and moves the count when the row is written (under PostgreSQL's row lock, so concurrent writers add
 * up). {@link #rebuild()} recounts it from the registrations; the nightly job runs it and a test holds the two equal.
 */
@Component
class RegistrationTally {

	/** What a registration counts under, and its MRR. */
	record Key(UUID partnerId, RegistrationStatus status, Stage stage, String currency, BigDecimal mrr) {
	}

	private final JdbcClient jdbc;
	private final TallyTable table;

	RegistrationTally(JdbcClient jdbc, TallyTable table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	/** Registrations and MRR by stage and currency, of one partner's own registrations or (none) everyone's. */
	@Transactional(readOnly = true)
	List<PipelineStage> pipeline(UUID partner, Collection<RegistrationStatus> statuses) {
		return jdbc.sql("select stage, currency, sum(registrations) n, sum(mrr) mrr from registration_tally"
				+ " where status in (:statuses)" + (partner == null ? "" : " and partner_id = :partner")
				+ " group by stage, currency having sum(registrations) > 0 order by stage, currency")
				.param("statuses", statuses.stream().map(Enum::name).toList())
				.param("partner", partner)
				.query((rs, n) -> new PipelineStage(Stage.valueOf(rs.getString("stage")), rs.getString("currency"),
						rs.getLong("n"), rs.getBigDecimal("mrr")))
				.list();
	}

	/** How many deals each partner has won (its own registrations, now Won). */
	@Transactional(readOnly = true)
	Map<PartnerId, Long> wonByPartner() {
		Map<PartnerId, Long> won = new HashMap<>();
		jdbc.sql("select partner_id, sum(registrations) from registration_tally where status = 'WON' group by partner_id"
				+ " having sum(registrations) > 0").query(row -> {
					won.put(new PartnerId(row.getObject(1, UUID.class)), row.getLong(2));
				});
		return won;
	}

	/** Each partner's approved and active registrations at a year of their MRR, in one currency. */
	@Transactional(readOnly = true)
	Map<PartnerId, BigDecimal> openByPartner(String currency) {
		Map<PartnerId, BigDecimal> open = new HashMap<>();
		jdbc.sql("select partner_id, sum(mrr) from registration_tally where status in ('APPROVED', 'ACTIVE')"
				+ " and currency = :currency group by partner_id having sum(registrations) > 0").param("currency", currency)
				.query(row -> {
					open.put(new PartnerId(row.getObject(1, UUID.class)), row.getBigDecimal(2).multiply(BigDecimal.valueOf(12)));
				});
		return open;
	}

	/** One partner's registrations and MRR in one status and currency. */
	record StatusTotal(RegistrationStatus status, String currency, long registrations, BigDecimal mrr) {
	}

	/** One partner's own registrations and MRR by status and currency. */
	@Transactional(readOnly = true)
	List<StatusTotal> byStatus(UUID partner) {
		return jdbc.sql("select status, currency, sum(registrations) n, sum(mrr) mrr from registration_tally"
				+ " where partner_id = :partner group by status, currency having sum(registrations) > 0 order by status, currency")
				.param("partner", partner)
				.query((rs, n) -> new StatusTotal(RegistrationStatus.valueOf(rs.getString("status")), rs.getString("currency"),
						rs.getLong("n"), rs.getBigDecimal("mrr")))
				.list();
	}

	/** Counts the tally again from the registrations, replacing what it held. */
	@Transactional
	void rebuild() {
		table.recount("registration_tally", """
				insert into registration_tally (partner_id, status, stage, currency, registrations, mrr)
				select partner_id, status, stage, mrr_currency, count(*), sum(mrr_amount) from registration
				group by partner_id, status, stage, mrr_currency""");
	}

	/** The tally's rows that differ from a full count of the registrations: none, when it is right. */
	@Transactional(readOnly = true)
	List<String> disagreements() {
		return jdbc.sql("""
				select partner_id, status, stage, currency, sum(tallied) tallied, sum(counted) counted from (
				  select partner_id, status, stage, currency, registrations tallied, cast(0 as bigint) counted,
				    mrr tallied_mrr, cast(0 as numeric(19, 4)) counted_mrr from registration_tally
				  union all
				  select partner_id, status, stage, mrr_currency, cast(0 as bigint), cast(1 as bigint),
				    cast(0 as numeric(19, 4)), mrr_amount from registration) x
				group by partner_id, status, stage, currency
				having sum(tallied) <> sum(counted) or sum(tallied_mrr) <> sum(counted_mrr)""")
				.query((rs, n) -> "%s %s %s %s: tallied %d, counted %d".formatted(rs.getString("partner_id"),
						rs.getString("status"), rs.getString("stage"), rs.getString("currency"), rs.getLong("tallied"),
						rs.getLong("counted")))
				.list();
	}

	/** What a registration counts under in both tallies: the registration tally and, once a person decided it, the SLA's. */
	record Counted(Key registration, DecisionTally.Key decision) {
	}

	/**
	 * Moves the registration tally and the SLA's decision tally as Hibernate loads and writes registrations, inside the
	 * writing transaction: what a registration counted under when it was loaded or last written comes off, what it
	 * counts under now goes on.
	 */
	static class Listener {

		private final RegistrationTally tally;
		private final DecisionTally decisions;

		Listener(RegistrationTally tally, DecisionTally decisions) {
			this.tally = tally;
			this.decisions = decisions;
		}

		@PostLoad
		void loaded(Registration registration) {
			registration.counted(registration.countedNow());
		}

		@PostPersist
		void persisted(Registration registration) {
			move(null, registration.countedNow());
			registration.counted(registration.countedNow());
		}

		@PostUpdate
		void updated(Registration registration) {
			Counted now = registration.countedNow();
			move(registration.counted(), now);
			registration.counted(now);
		}

		@PostRemove
		void removed(Registration registration) {
			move(registration.counted() == null ? registration.countedNow() : registration.counted(), null);
		}

		private void move(Counted before, Counted after) {
			Key was = before == null ? null : before.registration();
			Key is = after == null ? null : after.registration();
			if (was != null && !was.equals(is)) {
				tally.add(was, -1);
			}
			if (is != null && !is.equals(was)) {
				tally.add(is, 1);
			}
			DecisionTally.Key decidedWas = before == null ? null : before.decision();
			DecisionTally.Key decidedIs = after == null ? null : after.decision();
			if (decidedWas != null && !decidedWas.equals(decidedIs)) {
				decisions.add(decidedWas, -1);
			}
			if (decidedIs != null && !decidedIs.equals(decidedWas)) {
				decisions.add(decidedIs, 1);
			}
		}
	}

	void add(Key key, int registrations) {
		var row = new LinkedHashMap<String, Object>();
		row.put("partner_id", key.partnerId());
		row.put("status", key.status().name());
		row.put("stage", key.stage().name());
		row.put("currency", key.currency());
		var amounts = new LinkedHashMap<String, Number>();
		amounts.put("registrations", registrations);
		amounts.put("mrr", registrations > 0 ? key.mrr() : key.mrr().negate());
		table.add("registration_tally", row, amounts);
	}
}
