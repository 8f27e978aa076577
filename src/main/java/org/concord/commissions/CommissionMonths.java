package org.concord.commissions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.concord.shared.TallyTable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each partner earned per currency and booking month: a tally kept as each ledger entry is booked, in the same
 * transaction (a plain listener of {@link CommissionBooked}), so the Overview's commission tiles and a statement's
 * opening balance read a row per month instead of every entry. {@link #rebuild()} recounts it from the ledger; the
 * nightly job runs it and a test holds the two equal.
 */
@Component
class CommissionMonths {

	private static final String RECOUNT = """
			insert into commission_month (partner_id, currency, booked_month, amount, entries)
			select partner_id, currency, cast(date_trunc('MONTH', booked_on) as date), sum(amount), count(*)
			from commission_ledger_entry group by partner_id, currency, cast(date_trunc('MONTH', booked_on) as date)""";

	private final JdbcClient jdbc;
	private final TallyTable table;

	CommissionMonths(JdbcClient jdbc, TallyTable table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	@EventListener
	void booked(CommissionBooked entry) {
		var key = new LinkedHashMap<String, Object>();
		key.put("partner_id", entry.partner().value());
		key.put("currency", entry.amount().currency().getCurrencyCode());
		key.put("booked_month", entry.bookedOn().withDayOfMonth(1));
		var amounts = new LinkedHashMap<String, Number>();
		amounts.put("amount", entry.amount().amount());
		amounts.put("entries", 1);
		table.add("commission_month", key, amounts);
	}

	/** A partner's balance per currency of the entries booked before a month: rows of currency and amount. */
	List<Object[]> balancesBefore(UUID partner, LocalDate firstOfMonth) {
		if (firstOfMonth.getDayOfMonth() != 1) {
			throw new IllegalArgumentException("Balances are kept per month: " + firstOfMonth + " is not a month's first day");
		}
		return jdbc.sql("select currency, sum(amount) from commission_month where partner_id = :partner and booked_month < :month"
				+ " group by currency order by currency").param("partner", partner).param("month", firstOfMonth)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getBigDecimal(2) }).list();
	}

	/** Every partner's earnings per currency: rows of partner, currency and amount. */
	List<Object[]> earnedPerPartner() {
		return jdbc.sql("select partner_id, currency, sum(amount) from commission_month group by partner_id, currency")
				.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3) }).list();
	}

	/** Counts the tally again from the ledger, replacing what it held. */
	@Transactional
	void rebuild() {
		table.recount("commission_month", RECOUNT);
	}

	/** The months whose tally differs from a full sum of the ledger: none, when it is right. */
	@Transactional(readOnly = true)
	List<String> disagreements() {
		return jdbc.sql("""
				select partner_id, currency, booked_month, sum(tallied) tallied, sum(counted) counted from (
				  select partner_id, currency, booked_month, amount tallied, cast(0 as numeric(19, 4)) counted, entries,
				    cast(0 as bigint) booked from commission_month
				  union all
				  select partner_id, currency, cast(date_trunc('MONTH', booked_on) as date), cast(0 as numeric(19, 4)), amount,
				    cast(0 as bigint), cast(1 as bigint) from commission_ledger_entry) x
				group by partner_id, currency, booked_month
				having sum(tallied) <> sum(counted) or sum(entries) <> sum(booked)""")
				.query((rs, n) -> "%s %s %s: tallied %s, booked %s".formatted(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getBigDecimal(4), rs.getBigDecimal(5)))
				.list();
	}
}
