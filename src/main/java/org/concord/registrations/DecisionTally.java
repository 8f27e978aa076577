package org.concord.registrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.concord.shared.TallyTable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval SLA's tally: the decisions people made (automatic ones left out) per day of submission (UTC), time to
 * decision in tenths of an hour, and whether in time. The SLA report sums it instead of reading every decision of the
 * last 90 days; only the first, partial day of its window is read from the registrations. The registration listener
 * moves it in the writing transaction; {@link #rebuild()} recounts it and a test holds the two equal.
 */
@Component
class DecisionTally {

	/** What a decision counts under; none for a registration no person decided. */
	record Key(LocalDate submittedOn, int tenths, boolean inTime) {

		static Key of(Instant submitted, Instant due, Instant decided) {
			return new Key(submitted.atOffset(ZoneOffset.UTC).toLocalDate(), tenthsOfAnHour(submitted, decided),
					!decided.isAfter(due));
		}
	}

	/** Time to decision in tenths of an hour, half up, from whole minutes: in integers, as SQL and Java agree. */
	static int tenthsOfAnHour(Instant submitted, Instant decided) {
		long minutes = Duration.between(submitted, decided).toMinutes();
		return (int) ((minutes + 3) / 6);
	}

	private static final String HUMAN_DECISIONS = "select submitted_at, decision_due_at, decided_at from registration"
			+ " where decided_by is not null and decided_at is not null";

	private final JdbcClient jdbc;
	private final TallyTable table;

	DecisionTally(JdbcClient jdbc, TallyTable table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	void add(Key key, int decisions) {
		var row = new LinkedHashMap<String, Object>();
		row.put("submitted_on", key.submittedOn());
		row.put("decision_tenths", key.tenths());
		row.put("in_time", key.inTime());
		table.add("registration_decision_tally", row, Map.of("decisions", decisions));
	}

	/**
	 * The decisions on registrations submitted since then, as counts per time to decision (tenths) and in time:
	 * whole days from the tally, the first day's part from the registrations submitted in it.
	 */
	@Transactional(readOnly = true)
	Map<Key, Long> since(Instant since) {
		LocalDate firstDay = since.atOffset(ZoneOffset.UTC).toLocalDate();
		Instant nextDay = firstDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Map<Key, Long> counts = new TreeMap<>(Comparator.comparing(Key::tenths).thenComparing(Key::inTime));
		jdbc.sql("select decision_tenths, in_time, sum(decisions) from registration_decision_tally where submitted_on > :day"
				+ " group by decision_tenths, in_time").param("day", firstDay)
				.query((RowCallbackHandler) rs -> counts.merge(new Key(null, rs.getInt(1), rs.getBoolean(2)), rs.getLong(3),
						Long::sum));
		jdbc.sql(HUMAN_DECISIONS + " and submitted_at >= :since and submitted_at < :nextDay")
				.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
				.param("nextDay", OffsetDateTime.ofInstant(nextDay, ZoneOffset.UTC))
				.query((RowCallbackHandler) rs -> {
					Key key = keyOf(rs);
					counts.merge(new Key(null, key.tenths(), key.inTime()), 1L, Long::sum);
				});
		return counts;
	}

	/** Counts the tally again from the registrations, replacing what it held. */
	@Transactional
	void rebuild() {
		Map<Key, Long> counts = new LinkedHashMap<>();
		table.replace("registration_decision_tally", () -> {
			jdbc.sql(HUMAN_DECISIONS).query((RowCallbackHandler) rs -> counts.merge(keyOf(rs), 1L, Long::sum));
			counts.forEach((key, n) -> add(key, n.intValue()));
		});
	}

	/** The tally's rows that differ from a full count of the decisions: none, when it is right. */
	@Transactional(readOnly = true)
	List<String> disagreements() {
		TreeMap<Key, Long> counted = new TreeMap<>(Comparator.comparing(Key::submittedOn).thenComparing(Key::tenths)
				.thenComparing(Key::inTime));
		jdbc.sql(HUMAN_DECISIONS).query((RowCallbackHandler) rs -> counted.merge(keyOf(rs), 1L, Long::sum));
		Map<Key, Long> tallied = new TreeMap<>(counted.comparator());
		jdbc.sql("select submitted_on, decision_tenths, in_time, decisions from registration_decision_tally where decisions <> 0")
				.query((rs, n) -> tallied.put(new Key(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getBoolean(3)),
						rs.getLong(4))).list();
		return counted.equals(tallied) ? List.of() : List.of("tallied " + tallied + ", counted " + counted);
	}

	/** Fills an empty tally through a plain connection: the migration that creates it. */
	static void count(Connection db) throws SQLException {
		Map<Key, Long> counts = new LinkedHashMap<>();
		try (PreparedStatement read = db.prepareStatement(HUMAN_DECISIONS); ResultSet rs = read.executeQuery()) {
			while (rs.next()) {
				counts.merge(keyOf(rs), 1L, Long::sum);
			}
		}
		try (PreparedStatement insert = db.prepareStatement("insert into registration_decision_tally"
				+ " (submitted_on, decision_tenths, in_time, decisions) values (?, ?, ?, ?)")) {
			for (var entry : counts.entrySet()) {
				insert.setObject(1, entry.getKey().submittedOn());
				insert.setInt(2, entry.getKey().tenths());
				insert.setBoolean(3, entry.getKey().inTime());
				insert.setLong(4, entry.getValue());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static Key keyOf(ResultSet rs) throws SQLException {
		return Key.of(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getObject(2, OffsetDateTime.class).toInstant(),
				rs.getObject(3, OffsetDateTime.class).toInstant());
	}
}
