package org.concord.shared;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A page of a long list read by its sort key (see {@link Keyset}): the rows, the cursors to the next and previous
 * pages (none at either end), and the total, exact up to {@link Keyset#COUNT_CAP} and "1,000+" beyond.
 */
public record KeysetPage<T>(List<T> content, int size, String next, String previous, Total total) {

	/** How many rows the list holds: exact, or at least {@code count}. */
	public record Total(long count, boolean exact) {

		/** "1,234" or "1,000+". */
		public String label() {
			return String.format(Locale.ROOT, "%,d", count) + (exact ? "" : "+");
		}
	}

	public boolean hasNext() {
		return next != null;
	}

	public boolean hasPrevious() {
		return previous != null;
	}

	public <R> KeysetPage<R> map(Function<T, R> mapper) {
		return new KeysetPage<>(content.stream().map(mapper).toList(), size, next, previous, total);
	}
}
