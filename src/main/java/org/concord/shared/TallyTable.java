package org.concord.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * The one way a summary table is kept (docs/architecture.md, "Lists"): figures shown on every visit are added to as
 * the rows they sum are written, in the same transaction, instead of summed over all rows on every visit. A tally row
 * is a key and its amounts; {@link #add} adds to the amounts, creating the row the first time. On PostgreSQL the add
 * is one {@code insert ... on conflict do update}: concurrent writers queue on the row and both additions count.
 */
@Component
public class TallyTable {

	private final JdbcClient jdbc;
	private final boolean postgres;

	TallyTable(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
	}

	/** Adds the amounts to the row of the key, e.g. {@code add("registration_tally", key, Map.of("registrations", 1))}. */
	public void add(String table, Map<String, Object> key, Map<String, Number> amounts) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> columns = new ArrayList<>();
		key.forEach((column, value) -> {
			columns.add(column);
			params.put(column, value);
		});
		amounts.forEach((column, value) -> {
			columns.add(column);
			params.put(column, value);
		});
		String names = String.join(", ", columns);
		String values = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
		if (postgres) {
			jdbc.sql("insert into " + table + " (" + names + ") values (" + values + ") on conflict ("
					+ String.join(", ", key.keySet()) + ") do update set " + amounts.keySet().stream()
							.map(c -> c + " = " + table + "." + c + " + excluded." + c).collect(Collectors.joining(", ")))
					.params(params).update();
			return;
		}
		// H2 (embedded, one node): add, or create the row; a concurrent creator wins and this adds to its row
		String update = "update " + table + " set " + amounts.keySet().stream().map(c -> c + " = " + c + " + :" + c)
				.collect(Collectors.joining(", ")) + " where " + key.keySet().stream().map(c -> c + " = :" + c)
						.collect(Collectors.joining(" and "));
		if (jdbc.sql(update).params(params).update() == 0) {
			try {
				jdbc.sql("insert into " + table + " (" + names + ") values (" + values + ")").params(params).update();
			}
			catch (DuplicateKeyException ex) {
				jdbc.sql(update).params(params).update();
			}
		}
	}

	/**
	 * Empties the tally and fills it again with the {@code insert ... select} given, in the caller's transaction. On
	 * PostgreSQL writers wait until the recount commits and then add to it, so none is lost or counted twice.
	 */
	public void recount(String table, String insertSelect) {
		replace(table, () -> jdbc.sql(insertSelect).update());
	}

	/** Empties the tally and fills it again as {@code fill} does, in the caller's transaction, as {@link #recount}. */
	public void replace(String table, Runnable fill) {
		if (postgres) {
			jdbc.sql("lock table " + table + " in exclusive mode").update();
		}
		jdbc.sql("delete from " + table).update();
		fill.run();
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			return JdbcUtils.<String>extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName())
					.toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}
}
