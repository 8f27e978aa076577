package org.concord.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.concord.shared.Keyset.Position;
import org.concord.shared.Keyset.Row;
import org.concord.shared.Keyset.SortKey;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A long list of one table as the house rule reads it (docs/architecture.md, "Lists"): the conditions of the filters
 * given and no others, read by its sort key from a cursor (or from a page number within {@link Keyset#MAX_OFFSET}),
 * counted up to {@link Keyset#COUNT_CAP}. It reads the ids and sort keys of a page; the module loads its rows by id.
 */
public final class KeysetQuery {

	/** The table as the SQL names it, e.g. {@code subscription_contract c}, and its columns' prefix, {@code c.}. */
	private final String source;
	private final String alias;
	private final SortKey key;
	private final Map<String, Object> params = new LinkedHashMap<>();
	private final List<String> conditions = new ArrayList<>();
	private String counted;

	private KeysetQuery(String table, String alias, SortKey key) {
		this.source = table + " " + alias;
		this.alias = alias + ".";
		this.key = key;
	}

	/** The list of {@code table} (as {@code alias}, e.g. {@code c}) in the order of {@code key}. */
	public static KeysetQuery of(String table, String alias, SortKey key) {
		return new KeysetQuery(table, alias, key);
	}

	/** A condition on the rows, e.g. {@code c.id in (select ... where p.partner_id = :partner)}. */
	public KeysetQuery where(String condition, String name, Object value) {
		conditions.add(condition);
		params.put(name, value);
		return this;
	}

	/**
	 * Counts the rows of this select instead of the list's own (with the same parameters): where a junction table's
	 * index holds one row per row of the list, e.g. {@code select distinct p.contract_id from contract_partner p where
	 * p.partner_id = :partner}, so that the count reads that index alone.
	 */
	public KeysetQuery countingRowsOf(String select) {
		this.counted = select;
		return this;
	}

	/** A statement as it runs: SQL and named parameters. */
	public record Statement(String sql, Map<String, Object> params) {
	}

	/**
	 * One page of the list, from the cursor or else the page number: {@code load} reads the page's rows by their ids
	 * (in any order) and {@code view} shows each.
	 */
	public <E, T> KeysetPage<T> page(JdbcClient jdbc, String cursor, Integer page, Integer size,
			Function<List<UUID>, Map<UUID, E>> load, Function<E, T> view) {
		int perPage = Paging.size(size);
		Position from = Keyset.parse(cursor).orElse(null);
		Statement read = read(from, from == null ? Keyset.offset(page, perPage) : 0, perPage + 1);
		List<Row> rows = jdbc.sql(read.sql()).params(read.params()).query((rs, n) -> key.row(rs)).list();
		Map<UUID, E> loaded = load.apply(rows.stream().map(Row::id).toList());
		List<Row> found = rows.stream().filter(row -> loaded.containsKey(row.id())).toList();
		Statement count = count();
		long counted = jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
		return Keyset.page(found, from, perPage, Row::key, row -> view.apply(loaded.get(row.id())), Keyset.capped(counted));
	}

	/** The statement that reads {@code limit} ids and sort keys from the position, or from the offset. */
	public Statement read(Position from, int offset, int limit) {
		Map<String, Object> values = new LinkedHashMap<>(params);
		List<String> where = new ArrayList<>(conditions);
		if (from != null) {
			where.add(key.seek(alias, from));
			List<Object> keyValues = key.values(from);
			for (int i = 0; i < keyValues.size(); i++) {
				values.put("k" + i, keyValues.get(i));
			}
		}
		values.put("limit", limit);
		values.put("offset", offset);
		String columns = key.columns().stream().map(c -> alias + c.name()).collect(Collectors.joining(", "));
		return new Statement("select " + columns + " from " + source + where(where) + " order by " + key.orderBy(alias, from)
				+ " limit :limit offset :offset", values);
	}

	/** The statement that counts the list's rows up to the cap, along the list's order (so along its index). */
	public Statement count() {
		Map<String, Object> values = new LinkedHashMap<>(params);
		values.put("cap", Keyset.COUNT_CAP + 1);
		if (counted != null) {
			return new Statement("select count(*) from (" + counted + " limit :cap) counted", values);
		}
		return new Statement("select count(*) from (select 1 from " + source + where(conditions) + " order by "
				+ key.orderBy(alias, null) + " limit :cap) counted", values);
	}

	private static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}
}
