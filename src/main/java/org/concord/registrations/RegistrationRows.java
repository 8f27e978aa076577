package org.concord.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.concord.shared.Keyset;
import org.concord.shared.Keyset.Column;
import org.concord.shared.Keyset.Position;
import org.concord.shared.Keyset.Row;
import org.concord.shared.Keyset.SortKey;
import org.concord.shared.KeysetPage;
import org.concord.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registration lists, as the house rule for lists has them (docs/architecture.md, "Lists"): SQL written for the
 * filters actually given, read from a cursor by the list's sort key, counted no further than {@link Keyset#COUNT_CAP},
 * each served by an index of its filter and order (V34). A partner's list is its own registrations (by
 * {@code registration.partner_id}) and those the vendor invited it onto (through {@code registration_partner}'s own
 * index), each read in order and merged, never an {@code exists} per row.
 */
@Component
class RegistrationRows {

	static final SortKey NEWEST_FIRST = SortKey.descending(new Column("submitted_at", Instant.class),
			new Column("id", UUID.class));

	static final SortKey OLDEST_FIRST = SortKey.ascending(new Column("submitted_at", Instant.class),
			new Column("id", UUID.class));

	static final SortKey BY_STAGE = SortKey.ascending(new Column("stage", String.class),
			new Column("expected_close_date", LocalDate.class), new Column("id", UUID.class));

	/** The sort columns {@code registration_partner} keeps a copy of (V34, V38). */
	private static final List<String> ON_INVITATIONS = List.of("submitted_at", "stage", "expected_close_date");

	private final JdbcClient jdbc;
	private final RegistrationRepository registrations;

	RegistrationRows(JdbcClient jdbc, RegistrationRepository registrations) {
		this.jdbc = jdbc;
		this.registrations = registrations;
	}

	/** What a list shows: the partner whose list it is (none: the vendor's), and the conditions on its rows. */
	record Query(UUID partnerView, Map<String, Object> params, List<String> conditions) {

		static Query of(UUID partnerView) {
			return new Query(partnerView, new LinkedHashMap<>(), new ArrayList<>());
		}

		Query where(String condition, String name, Object value) {
			conditions.add(condition);
			params.put(name, value);
			return this;
		}

		Query whereIfGiven(String condition, String name, Object value) {
			return value == null ? this : where(condition, name, value);
		}
	}

	/** One page of the list from the cursor, or the page asked for by number when there is none. */
	<T> KeysetPage<T> page(Query query, SortKey key, String cursor, Integer page, Integer size,
			Function<Registration, T> view) {
		int perPage = Paging.size(size);
		Position from = Keyset.parse(cursor).orElse(null);
		return page(query, key, from, from == null ? Keyset.offset(page, perPage) : 0, perPage, view);
	}

	/** One page of the list from the position (or the offset, for a page asked for by number), as registrations. */
	<T> KeysetPage<T> page(Query query, SortKey key, Position from, int offset, int size, Function<Registration, T> view) {
		List<Row> rows = read(query, key, from, offset, size + 1);
		Map<UUID, Registration> loaded = new LinkedHashMap<>();
		registrations.findAllById(rows.stream().map(Row::id).toList()).forEach(r -> loaded.put(r.registrationId().value(), r));
		List<Row> found = rows.stream().filter(row -> loaded.containsKey(row.id())).toList();
		return Keyset.page(found, from, size, Row::key, row -> view.apply(loaded.get(row.id())), count(query, key));
	}

	/** A statement of a list, as it runs: SQL and named parameters. */
	record Statement(String sql, Map<String, Object> params) {
	}

	private List<Row> read(Query query, SortKey key, Position from, int offset, int limit) {
		Statement read = readStatement(query, key, from, offset, limit);
		return jdbc.sql(read.sql()).params(read.params()).query((rs, n) -> key.row(rs)).list();
	}

	private KeysetPage.Total count(Query query, SortKey key) {
		long counted = 0;
		for (Statement count : countStatements(query, key)) {
			if (counted > Keyset.COUNT_CAP) {
				break; // the partner's own rows are past the cap already: its invitations change nothing shown
			}
			counted += jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
		}
		return Keyset.capped(counted);
	}

	/** The statement that reads the rows of a page: its ids and sort keys, {@code limit} of them. */
	Statement readStatement(Query query, SortKey key, Position from, int offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>(query.params());
		String seek = "";
		if (from != null) {
			seek = " and " + key.seek("r.", from);
			List<Object> values = key.values(from);
			for (int i = 0; i < values.size(); i++) {
				params.put("k" + i, values.get(i));
			}
		}
		String columns = key.columns().stream().map(c -> "r." + c.name()).collect(Collectors.joining(", "));
		String where = where(query);
		String sql;
		if (query.partnerView() == null) {
			sql = "select " + columns + " from registration r where 1 = 1" + where + seek + " order by " + key.orderBy("r.", from)
					+ " limit :limit offset :offset";
		}
		else {
			params.put("partner", query.partnerView());
			// each branch reads as many rows as the page needs, the number written out: H2 reuses a derived table's
			// rows when only a LIMIT parameter inside it changed
			int inner = offset + limit;
			sql = "select * from ((select " + columns + " from registration r where r.partner_id = :partner" + where + seek
					+ " order by " + key.orderBy("r.", from) + " limit " + inner + ") union all (" + invited(key, where, from)
					+ " limit " + inner + ")) u order by " + key.orderBy("u.", from) + " limit :limit offset :offset";
		}
		params.put("limit", limit);
		params.put("offset", offset);
		return new Statement(sql, params);
	}

	/**
	 * The registrations the partner was invited onto, in the list's order. The junction table keeps the columns the
	 * lists sort by (submission time; stage and expected close date), so the invitations are read along its own index
	 * in that order and the read stops when the page is full. An order it keeps no copy of would sort all the
	 * partner's invitations on every page, so none is allowed.
	 */
	private static String invited(SortKey key, String where, Position from) {
		List<Column> sorted = key.columns().subList(0, key.columns().size() - 1);
		if (sorted.stream().allMatch(c -> ON_INVITATIONS.contains(c.name()))) {
			List<Column> columns = new ArrayList<>(sorted);
			columns.add(new Column("registration_id", UUID.class));
			SortKey junction = new SortKey(columns, key.descending());
			return "select " + sorted.stream().map(c -> "p." + c.name() + ", ").collect(Collectors.joining())
					+ "p.registration_id as id from registration_partner p"
					+ " join registration r on r.id = p.registration_id where p.partner_id = :partner and p.invited = true"
					+ where + (from == null ? "" : " and " + junction.seek("p.", from)) + " order by "
					+ junction.orderBy("p.", from);
		}
		throw new IllegalArgumentException("A partner's list sorts by columns registration_partner keeps: " + ON_INVITATIONS);
	}

	/**
	 * The statements that count the list's rows, each up to the cap: the partner's own and its invitations apart. They
	 * count along the list's own index (its filters among its columns), for as many rows as they count.
	 */
	List<Statement> countStatements(Query query, SortKey key) {
		Map<String, Object> params = new LinkedHashMap<>(query.params());
		params.put("cap", Keyset.COUNT_CAP + 1);
		String where = where(query);
		// along the list's order, so along its index: else the planner may read a common value by a sequential scan
		String order = " order by " + key.orderBy("r.", null);
		if (query.partnerView() == null) {
			return List.of(new Statement("select count(*) from (select 1 from registration r where 1 = 1" + where + order
					+ " limit :cap) c", params));
		}
		params.put("partner", query.partnerView());
		return List.of(
				new Statement("select count(*) from (select 1 from registration r where r.partner_id = :partner" + where
						+ order + " limit :cap) c", params),
				new Statement("select count(*) from (select 1 from registration_partner p join registration r"
						+ " on r.id = p.registration_id where p.partner_id = :partner and p.invited = true" + where
						+ " limit :cap) c", params));
	}

	private static String where(Query query) {
		return query.conditions().stream().map(c -> " and " + c).collect(Collectors.joining());
	}
}
