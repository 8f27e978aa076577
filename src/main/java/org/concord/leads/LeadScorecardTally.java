package org.concord.leads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import org.concord.shared.TallyTable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead scorecard's figures, kept as offers are made and end instead of grouped over every offer on every view
 * (docs/architecture.md, "Lists", rule 5): per partner its offers, contacts, misses and declines
 * ({@code lead_scorecard}), and its contacted offers per whole minute from offer to contact
 * ({@code lead_contact_minutes}), from which the median is read exactly as from the offers themselves. An entity
 * listener on {@link LeadOffer} moves both in the writing transaction; {@link #rebuild()} recounts them (nightly) and
 * {@link #disagreements()} is empty when they agree with the offers.
 */
@Component
class LeadScorecardTally {

	/** What an offer counts under: its partner, its outcome, and for a contact the minutes it took. */
	record Counted(UUID partnerId, OfferOutcome outcome, Long minutesToContact) {

		static Counted of(UUID partnerId, OfferOutcome outcome, Instant offeredAt, Instant outcomeAt) {
			return new Counted(partnerId, outcome, outcome == OfferOutcome.CONTACTED
					? Duration.between(offeredAt, outcomeAt).toMinutes() : null);
		}
	}

	private static final String OFFERS = "select partner_id, outcome, offered_at, outcome_at from lead_offer";

	private final JdbcClient jdbc;
	private final TallyTable table;

	LeadScorecardTally(JdbcClient jdbc, TallyTable table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	/** The counts of one partner, or of a page of all partners by partner id, newest id first. */
	List<ScorecardCounts> counts(UUID partner, int offset, int limit) {
		String select = "select partner_id, offers, contacted, misses, declines from lead_scorecard";
		var query = partner == null
				? jdbc.sql(select + " order by partner_id desc limit :limit offset :offset").param("limit", limit)
						.param("offset", offset)
				: jdbc.sql(select + " where partner_id = :partner").param("partner", partner);
		return query.query((rs, n) -> new ScorecardCounts(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
				rs.getLong(4), rs.getLong(5))).list();
	}

	/** How many partners have a scorecard. */
	long partners(UUID partner) {
		return partner == null ? jdbc.sql("select count(*) from lead_scorecard").query(Long.class).single()
				: jdbc.sql("select count(*) from lead_scorecard where partner_id = :partner").param("partner", partner)
						.query(Long.class).single();
	}

	/** Each partner's median hours from offer to contact, to a tenth; none for a partner with no contact yet. */
	Map<UUID, Double> medianHours(Collection<UUID> partners) {
		if (partners.isEmpty()) {
			return Map.of();
		}
		Map<UUID, TreeMap<Long, Long>> minutes = new LinkedHashMap<>();
		jdbc.sql("select partner_id, minutes, offers from lead_contact_minutes where partner_id in (:partners)"
				+ " and offers > 0").param("partners", partners)
				.query((RowCallbackHandler) rs -> minutes.computeIfAbsent(rs.getObject(1, UUID.class), p -> new TreeMap<>())
						.put(rs.getLong(2), rs.getLong(3)));
		Map<UUID, Double> medians = new LinkedHashMap<>();
		minutes.forEach((partner, histogram) -> medians.put(partner, medianHours(histogram)));
		return medians;
	}

	/**
	 * The median of the minutes counted, in hours to a tenth: the middle minute, or the mean of the two middle ones of
	 * an even number; none of none.
	 */
	static Double medianHours(TreeMap<Long, Long> countPerMinute) {
		long n = countPerMinute.values().stream().mapToLong(Long::longValue).sum();
		if (n == 0) {
			return null;
		}
		Long lower = null;
		Long upper = null;
		long seen = 0;
		for (var entry : countPerMinute.entrySet()) {
			seen += entry.getValue();
			if (lower == null && seen > (n - 1) / 2) {
				lower = entry.getKey();
			}
			if (seen > n / 2) {
				upper = entry.getKey();
				break;
			}
		}
		double median = (Objects.requireNonNull(lower) + Objects.requireNonNull(upper)) / 2.0;
		return Math.round(median / 60.0 * 10) / 10.0;
	}

	/** Counts both tables again from the offers, replacing what they held. */
	@Transactional
	void rebuild() {
		Tally counted = new Tally();
		jdbc.sql(OFFERS).query((RowCallbackHandler) rs -> counted.add(counted(rs), 1));
		table.replace("lead_scorecard", () -> table.replace("lead_contact_minutes", () -> counted.<RuntimeException>write((name, columns) ->
				jdbc.sql(insert(name, columns)).params(new ArrayList<>(columns.values())).update())));
	}

	/** The rows of both tables that differ from a count of the offers: none, when they are right. */
	@Transactional(readOnly = true)
	List<String> disagreements() {
		Tally counted = new Tally();
		jdbc.sql(OFFERS).query((RowCallbackHandler) rs -> counted.add(counted(rs), 1));
		List<String> differences = new ArrayList<>();
		jdbc.sql("select partner_id, offers, contacted, misses, declines from lead_scorecard").query((RowCallbackHandler) rs -> {
			Map<String, Long> was = new LinkedHashMap<>();
			for (String column : CARD) {
				was.put(column, rs.getLong(column));
			}
			Map<String, Long> is = counted.cards.remove(rs.getObject(1, UUID.class));
			if (!was.equals(is == null ? card(null, 0) : is)) {
				differences.add("scorecard of " + rs.getString(1) + ": tallied " + was + ", counted " + is);
			}
		});
		counted.cards.forEach((p, is) -> differences.add("scorecard of " + p + " missing: " + is));
		jdbc.sql("select partner_id, minutes, offers from lead_contact_minutes where offers <> 0").query((RowCallbackHandler) rs -> {
			var key = Map.entry(rs.getObject(1, UUID.class), rs.getLong(2));
			Long is = counted.minutes.remove(key);
			if (is == null || is != rs.getLong(3)) {
				differences.add("minutes " + key + ": tallied " + rs.getLong(3) + ", counted " + is);
			}
		});
		counted.minutes.forEach((key, is) -> differences.add("minutes " + key + " missing: " + is));
		return differences;
	}

	/** Fills the empty tables through a plain connection: the migration that creates them. */
	static void count(Connection db) throws SQLException {
		Tally counted = new Tally();
		try (PreparedStatement read = db.prepareStatement(OFFERS); ResultSet rs = read.executeQuery()) {
			while (rs.next()) {
				counted.add(counted(rs), 1);
			}
		}
		counted.<SQLException>write((name, columns) -> {
			try (PreparedStatement insert = db.prepareStatement(insert(name, columns))) {
				int i = 1;
				for (Object value : columns.values()) {
					insert.setObject(i++, value);
				}
				insert.executeUpdate();
			}
		});
	}

	private static String insert(String name, Map<String, Object> columns) {
		return "insert into " + name + " (" + String.join(", ", columns.keySet()) + ") values ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
	}

	/** The columns of a partner's scorecard row. */
	private static final List<String> CARD = List.of("offers", "contacted", "misses", "declines");

	/** What {@code n} offers (1 or -1) counted so add to their partner's scorecard row: none of none. */
	private static Map<String, Long> card(Counted offer, long n) {
		OfferOutcome outcome = offer == null ? null : offer.outcome();
		Map<String, Long> amounts = new LinkedHashMap<>();
		amounts.put("offers", n);
		amounts.put("contacted", outcome == OfferOutcome.CONTACTED ? n : 0);
		amounts.put("misses", outcome == OfferOutcome.TIMED_OUT ? n : 0);
		amounts.put("declines", outcome == OfferOutcome.DECLINED ? n : 0);
		return amounts;
	}

	/** Adds {@code offers} (1 or -1) offers as counted to both tables. */
	void add(Counted offer, long offers) {
		table.add("lead_scorecard", Map.of("partner_id", offer.partnerId()), new LinkedHashMap<>(card(offer, offers)));
		if (offer.minutesToContact() != null) {
			var key = new LinkedHashMap<String, Object>();
			key.put("partner_id", offer.partnerId());
			key.put("minutes", offer.minutesToContact());
			table.add("lead_contact_minutes", key, Map.of("offers", offers));
		}
	}

	private static Counted counted(ResultSet rs) throws SQLException {
		OffsetDateTime outcomeAt = rs.getObject(4, OffsetDateTime.class);
		return Counted.of(rs.getObject(1, UUID.class), OfferOutcome.valueOf(rs.getString(2)),
				rs.getObject(3, OffsetDateTime.class).toInstant(), outcomeAt == null ? null : outcomeAt.toInstant());
	}

	/** Offers counted in memory: per partner its scorecard row, and contacts per partner and minute. */
	private static final class Tally {

		private final Map<UUID, Map<String, Long>> cards = new LinkedHashMap<>();
		private final Map<Map.Entry<UUID, Long>, Long> minutes = new LinkedHashMap<>();

		void add(Counted offer, long n) {
			Map<String, Long> row = cards.computeIfAbsent(offer.partnerId(), p -> card(null, 0));
			card(offer, n).forEach((column, amount) -> row.merge(column, amount, Long::sum));
			if (offer.minutesToContact() != null) {
				minutes.merge(Map.entry(offer.partnerId(), offer.minutesToContact()), n, Long::sum);
			}
		}

		/** Each row of both tables, as column values, to the writer. */
		<X extends Exception> void write(Writer<X> writer) throws X {
			for (var card : cards.entrySet()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("partner_id", card.getKey());
				row.putAll(card.getValue());
				writer.insert("lead_scorecard", row);
			}
			for (var entry : minutes.entrySet()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("partner_id", entry.getKey().getKey());
				row.put("minutes", entry.getKey().getValue());
				row.put("offers", entry.getValue());
				writer.insert("lead_contact_minutes", row);
			}
		}
	}

	/** Writes a row of a table; a plain connection's writer throws what JDBC throws. */
	private interface Writer<X extends Exception> {

		void insert(String table, Map<String, Object> columns) throws X;
	}

	/**
	 * Moves the tally as Hibernate loads and writes offers, inside the writing transaction: what an offer counted under
	 * when it was loaded or last written comes off, what it counts under now goes on.
	 */
	static class Listener {

		private final LeadScorecardTally tally;

		Listener(LeadScorecardTally tally) {
			this.tally = tally;
		}

		@PostLoad
		void loaded(LeadOffer offer) {
			offer.counted(offer.countedNow());
		}

		@PostPersist
		void persisted(LeadOffer offer) {
			tally.add(offer.countedNow(), 1);
			offer.counted(offer.countedNow());
		}

		@PostUpdate
		void updated(LeadOffer offer) {
			Counted now = offer.countedNow();
			if (!now.equals(offer.counted())) {
				tally.add(offer.counted(), -1);
				tally.add(now, 1);
			}
			offer.counted(now);
		}
	}
}
