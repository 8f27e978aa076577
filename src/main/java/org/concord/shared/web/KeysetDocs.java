package org.concord.shared.web;

import org.concord.shared.Keyset;

/** The OpenAPI text every cursor-paged list of the API shares. */
public final class KeysetDocs {

	public static final String LIST = "A cursor-paged list: `next` and `previous` are cursors to pass back as `cursor` "
			+ "(null at either end); `total.count` is exact when `total.exact` is true, else the list holds at least "
			+ Keyset.COUNT_CAP + " rows (it is not counted further).";

	public static final String CURSOR = "The `next` or `previous` value of a page of this list, to read the page after "
			+ "or before it; other parameters must stay the same. Without it, the list starts at `page`.";

	public static final String PAGE = "Zero-based page number, for the first " + Keyset.MAX_OFFSET
			+ " rows only; deeper pages are read with `cursor`.";

	public static final String SIZE = "Rows per page, 25 by default, at most 100.";

	private KeysetDocs() {
	}
}
