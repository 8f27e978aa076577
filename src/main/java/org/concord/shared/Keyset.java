package org.concord.shared;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one way long lists are paged: from a cursor by their sort key, never by skipping rows, so the thousandth page
 * costs what the first does (the house rule in docs/architecture.md, "Lists"). A cursor is the sort key of the row to
 * go on from and the direction, opaque to callers. A list reads one row more than it shows, to know whether there is
 * more, and counts no further than {@link #COUNT_CAP}.
 */
public final class Keyset {

	/** Lists count their rows up to this many and show "1,000+" beyond it: an exact count would read them all. */
	public static final int COUNT_CAP = 1000;

	/** How deep a list may be read by page number (offset) before the cursor must be used. */
	public static final int MAX_OFFSET = 10_000;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private Keyset() {
	}

	/** Where a page starts: after (forward) or before (backward) the row with this sort key. */
	public record Position(boolean forward, List<String> key) {
	}

	/** A column of a sort key and the type its cursor values are read back as. */
	public record Column(String name, Class<?> type) {
	}

	/** A row of a list as it is read for a page: its id (the sort key's last column) and its sort key. */
	public record Row(UUID id, List<Object> key) {
	}

	/**
	 * A list's order: its columns, all ascending or all descending, the last one unique (the tiebreaker). It writes
	 * the order and the seek condition of the SQL that reads a page, so that an index on the same columns serves both.
	 */
	public record SortKey(List<Column> columns, boolean descending) {

		public static SortKey descending(Column... columns) {
			return new SortKey(List.of(columns), true);
		}

		public static SortKey ascending(Column... columns) {
			return new SortKey(List.of(columns), false);
		}

		/** {@code order by} columns for reading from this position (reversed when reading backward). */
		public String orderBy(String alias, Position from) {
			boolean desc = descending != (from != null && !from.forward());
			return columns.stream().map(c -> alias + c.name() + (desc ? " desc" : " asc")).collect(Collectors.joining(", "));
		}

		/** The row-value condition that starts the read after the position's row, e.g. {@code (a, b) < (:k0, :k1)}. */
		public String seek(String alias, Position from) {
			boolean less = descending == from.forward();
			return "(" + columns.stream().map(c -> alias + c.name()).collect(Collectors.joining(", ")) + ") "
					+ (less ? "<" : ">") + " (" + IntStream.range(0, columns.size()).mapToObj(i -> ":k" + i)
							.collect(Collectors.joining(", ")) + ")";
		}

		/** The row the result set is on, read by this key's column names. */
		public Row row(ResultSet rs) throws SQLException {
			List<Object> values = new ArrayList<>();
			for (Column column : columns) {
				values.add(column.type() == Instant.class ? rs.getObject(column.name(), OffsetDateTime.class)
						: rs.getObject(column.name(), column.type()));
			}
			return new Row((UUID) values.getLast(), values);
		}

		/** The position's key values, typed for binding as {@code :k0, :k1, ...}. */
		public List<Object> values(Position from) {
			if (from.key().size() != columns.size()) {
				throw invalidCursor();
			}
			List<Object> values = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				values.add(parse(from.key().get(i), columns.get(i).type()));
			}
			return values;
		}
	}

	/** The position a cursor names; none (the first page) for none. */
	public static Optional<Position> parse(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return Optional.empty();
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
			String[] parts = text.split("\\|", -1);
			if (parts.length < 2 || !(parts[0].equals("a") || parts[0].equals("b"))) {
				throw invalidCursor();
			}
			return Optional.of(new Position(parts[0].equals("a"), List.of(parts).subList(1, parts.length)));
		}
		catch (IllegalArgumentException ex) {
			throw invalidCursor();
		}
	}

	/** The cursor of a position after (forward) or before the row with this key. */
	public static String cursor(boolean forward, List<?> key) {
		String text = (forward ? "a" : "b") + "|" + key.stream().map(Keyset::text).collect(Collectors.joining("|"));
		return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The page made of the rows read from a position: at most {@code size + 1} of them in reading order (reversed when
	 * reading backward), with the cursors to the next and previous pages.
	 */
	public static <R, T> KeysetPage<T> page(List<R> read, Position from, int size, Function<R, List<?>> keyOf,
			Function<R, T> view, KeysetPage.Total total) {
		boolean more = read.size() > size;
		List<R> rows = new ArrayList<>(read.subList(0, Math.min(size, read.size())));
		boolean backward = from != null && !from.forward();
		if (backward) {
			Collections.reverse(rows);
		}
		String next = null;
		String previous = null;
		if (!rows.isEmpty()) {
			if (backward || more) {
				next = cursor(true, keyOf.apply(rows.getLast()));
			}
			if (backward ? more : from != null) {
				previous = cursor(false, keyOf.apply(rows.getFirst()));
			}
		}
		return new KeysetPage<>(rows.stream().map(view).toList(), size, next, previous, total);
	}

	/** A total read by counting at most {@link #COUNT_CAP} + 1 rows. */
	public static KeysetPage.Total capped(long counted) {
		return counted > COUNT_CAP ? new KeysetPage.Total(COUNT_CAP, false) : new KeysetPage.Total(counted, true);
	}

	/** The offset of a page asked for by number, refused past {@link #MAX_OFFSET}: deeper pages are read by cursor. */
	public static int offset(Integer page, int size) {
		long offset = page == null || page < 0 ? 0 : (long) page * size;
		if (offset > MAX_OFFSET) {
			throw new InvalidInputException("page", "Pages past the first %,d rows are read with the cursor: pass the "
					.formatted(MAX_OFFSET) + "'next' value of the page before as 'cursor'.");
		}
		return (int) offset;
	}

	private static InvalidInputException invalidCursor() {
		return new InvalidInputException("cursor", "This cursor is not one this list gave out; start again from the first page.");
	}

	private static String text(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant().toString();
		}
		return String.valueOf(value);
	}

	private static Object parse(String text, Class<?> type) {
		try {
			if (type == Instant.class) {
				return OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
			}
			if (type == UUID.class) {
				return UUID.fromString(text);
			}
			if (type == LocalDate.class) {
				return LocalDate.parse(text);
			}
			if (type == String.class) {
				return text;
			}
		}
		catch (RuntimeException ex) {
			throw invalidCursor();
		}
		throw new IllegalArgumentException("No cursor values of " + type);
	}
}
